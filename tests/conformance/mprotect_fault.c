/* mprotect_fault.c: mprotect and PROT_NONE keep contents; a SIGSEGV handler sees si_addr and can recover. */
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

static sigjmp_buf env;
static volatile void *fault_addr;
static void on_segv(int sig, siginfo_t *si, void *uc)
{
	fault_addr = si->si_addr;
	siglongjmp(env, si->si_code);
}

int main(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_segv;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGSEGV, &sa, 0);
	char *p = mmap(0, 3 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	strcpy(p + 4096, "kept across PROT_NONE");
	printf("mprotect none: %d\n", mprotect(p + 4096, 4096, PROT_NONE));
	int code = sigsetjmp(env, 1);
	if (code == 0) {
		volatile char c = p[4096 + 5];
		(void)c;
		printf("read a PROT_NONE page: no fault?!\n");
	} else
		printf("read PROT_NONE: SIGSEGV code %s, addr ok %d\n", code == SEGV_ACCERR ? "SEGV_ACCERR" : "other", fault_addr == p + 4096 + 5);
	printf("mprotect read: %d -> '%s'\n", mprotect(p + 4096, 4096, PROT_READ), p + 4096);
	code = sigsetjmp(env, 1);
	if (code == 0) {
		p[4096] = 'X';
		printf("write a read-only page: no fault?!\n");
	} else
		printf("write read-only: SIGSEGV, addr ok %d\n", fault_addr == p + 4096);
	munmap(p, 3 * 4096);
	code = sigsetjmp(env, 1);
	if (code == 0) {
		p[10] = 1;
		printf("write unmapped: no fault?!\n");
	} else
		printf("write unmapped: SIGSEGV code %s\n", code == SEGV_MAPERR ? "SEGV_MAPERR" : "other");
	printf("mprotect over a hole: %d\n", mprotect(p, 4096, PROT_READ));
	printf("still running\n");
	return 0;
}
