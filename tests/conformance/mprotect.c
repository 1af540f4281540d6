/* mprotect.c: mprotect splits/errors; SIGSEGV code and address for NONE, RO, unmapped, NULL, rodata, NX; PROT_EXEC. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "conformance.h"

#define PG 4096

static sigjmp_buf env;
static void *volatile fault_addr;
static volatile int fault_code;
static void on_segv(int sig, siginfo_t *si, void *uc)
{
	(void)sig, (void)uc;
	fault_addr = si->si_addr;
	fault_code = si->si_code;
	siglongjmp(env, 1);
}

static const char *code_name(int c)
{
	return c == SEGV_MAPERR ? "SEGV_MAPERR" : c == SEGV_ACCERR ? "SEGV_ACCERR" : "other";
}

/* Each probe either completes ("no fault") or faults; the fault's code and address are shown. */
#define PROBE(what, expected_addr, statement)                                                                          \
	do {                                                                                                           \
		fault_addr = NULL;                                                                                     \
		if (sigsetjmp(env, 1) == 0) {                                                                          \
			statement;                                                                                     \
			printf("%s: no fault\n", what);                                                                \
		} else {                                                                                               \
			printf("%s: SIGSEGV %s, si_addr right: %s\n", what, code_name(fault_code),                     \
			       fault_addr == (void *)(expected_addr) ? "yes" : "no");                                  \
		}                                                                                                      \
	} while (0)

int main(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_segv;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGSEGV, &sa, NULL);

	volatile char *p = mmap(NULL, 3 * PG, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	strcpy((char *)p + PG, "kept across PROT_NONE");
	SHOW("mprotect the middle page PROT_NONE", mprotect((void *)(p + PG), PG, PROT_NONE));
	PROBE("read the PROT_NONE page", p + PG + 5, (void)p[PG + 5]);
	PROBE("write the page before it", 0, p[0] = 'a');
	PROBE("write the page after it", 0, p[2 * PG] = 'c');
	SHOW("mprotect it PROT_READ", mprotect((void *)(p + PG), PG, PROT_READ));
	printf("contents kept: '%s'\n", (const char *)p + PG);
	PROBE("write the read-only page", p + PG + 100, p[PG + 100] = 'X');
	SHOW("mprotect all three RW again", mprotect((void *)p, 3 * PG, PROT_READ | PROT_WRITE));
	PROBE("write the middle page now", 0, p[PG + 100] = 'X');
	printf("bytes: %c %c %c\n", p[0], p[PG + 100], p[2 * PG]);

	printf("-- unmapped, NULL, rodata\n");
	SHOW("munmap the three pages", munmap((void *)p, 3 * PG));
	PROBE("write an unmapped page", p + 10, p[10] = 1);
	PROBE("read through NULL", 0, (void)*(volatile int *)NULL);
	static const char rodata[] = "constant";
	PROBE("write a string in .rodata", rodata, *(volatile char *)rodata = 'C');

	printf("-- executable memory\n");
	static const unsigned char ret42[] = {0xb8, 0x2a, 0x00, 0x00, 0x00, 0xc3}; /* mov $42, %eax; ret */
	unsigned char *code = mmap(NULL, PG, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	memcpy(code, ret42, sizeof ret42);
	int (*fn)(void) = (int (*)(void))(uintptr_t)code;
	PROBE("call code in a RW page (no PROT_EXEC)", code, (void)fn());
	SHOW("mprotect it PROT_READ|PROT_EXEC", mprotect(code, PG, PROT_READ | PROT_EXEC));
	volatile int r = -1;
	PROBE("call it now", 0, r = fn());
	printf("it returned %d\n", r);
	PROBE("write the RX page", code + 8, code[8] = 0);

	printf("-- errors\n");
	char *q = mmap(NULL, 4 * PG, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	/* musl's mprotect() rounds the range out to pages; the raw call shows the kernel's checks. */
	SHOW("raw mprotect at an unaligned address", syscall(SYS_mprotect, q + 1, PG, PROT_READ));
	SHOW("raw mprotect of length 0", syscall(SYS_mprotect, q, 0, PROT_READ));
	SHOW("raw mprotect of an unaligned length (rounded up)", syscall(SYS_mprotect, q, 100, PROT_READ | PROT_WRITE));
	q[50] = 1;
	SHOW("mprotect with unknown prot bits", mprotect(q, PG, 0x100 | PROT_READ));
	munmap(q + 2 * PG, PG);
	SHOW("mprotect over a hole", mprotect(q, 4 * PG, PROT_READ));
	SHOW("mprotect an unmapped range", mprotect(q + 2 * PG, PG, PROT_READ));
	printf("mprotect: done\n");
	return 0;
}
