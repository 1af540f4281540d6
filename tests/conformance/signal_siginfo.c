/* signal_siginfo.c: SA_SIGINFO fields, ucontext registers read/edited, SIGILL/SIGFPE/SIGTRAP, FPU state in handlers. */
#define _GNU_SOURCE
#include <fenv.h>
#include <setjmp.h>
#include <signal.h>
#include <string.h>
#include <sys/syscall.h>
#include <ucontext.h>
#include <unistd.h>

#include "conformance.h"

static volatile int got_signo, got_code, got_pid_ok, got_errno;
static volatile unsigned long got_rsp;
static void info(int sig, siginfo_t *si, void *p)
{
	(void)sig;
	ucontext_t *uc = p;
	got_signo = si->si_signo;
	got_code = si->si_code;
	got_errno = si->si_errno;
	got_pid_ok = si->si_pid == getpid();
	got_rsp = (unsigned long)uc->uc_mcontext.gregs[REG_RSP];
}

static const char *code_name(int c)
{
	switch (c) {
	case SI_USER:
		return "SI_USER";
	case SI_TKILL:
		return "SI_TKILL";
	case SI_KERNEL:
		return "SI_KERNEL";
	case ILL_ILLOPN:
		return "ILL_ILLOPN(2)"; /* also SEGV_ACCERR, FPE_INTOVF: same value */
	case FPE_INTDIV:
		return "FPE_INTDIV(1)";
	default:
		return "other";
	}
}

static volatile long skipped;
static void *volatile ill_addr;
static volatile unsigned long ill_rip;
static void on_ill(int sig, siginfo_t *si, void *p)
{
	(void)sig;
	ucontext_t *uc = p;
	ill_addr = si->si_addr;
	ill_rip = (unsigned long)uc->uc_mcontext.gregs[REG_RIP];
	got_code = si->si_code;
	uc->uc_mcontext.gregs[REG_RIP] += 2; /* step over ud2 */
	uc->uc_mcontext.gregs[REG_RAX] = 77; /* and hand back a register */
	skipped++;
}

static sigjmp_buf env;
static void on_fpe(int sig, siginfo_t *si, void *p)
{
	(void)sig, (void)p;
	got_code = si->si_code;
	siglongjmp(env, 1);
}

static volatile unsigned long trap_rip;
static void on_trap(int sig, siginfo_t *si, void *p)
{
	(void)sig;
	got_code = si->si_code;
	trap_rip = (unsigned long)((ucontext_t *)p)->uc_mcontext.gregs[REG_RIP];
}

static volatile double handler_result;
static void fpu_clobber(int sig)
{
	(void)sig;
	fesetround(FE_UPWARD); /* MXCSR and x87 control words are restored on return */
	volatile double x = 1.0;
	for (int i = 0; i < 100; i++)
		x = x * 1.0000001 + 0.1;
	handler_result = x;
}

int main(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = info;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGUSR1, &sa, NULL);
	char here;
	raise(SIGUSR1);
	printf("raise: signo %s, code %s, si_errno %d, si_pid is getpid() %s\n", got_signo == SIGUSR1 ? "SIGUSR1" : "?",
	       code_name(got_code), got_errno, got_pid_ok ? "yes" : "no");
	unsigned long me = (unsigned long)&here;
	printf("saved rsp is just below main's frame: %s\n", got_rsp < me && me - got_rsp < 65536 ? "yes" : "no");
	kill(getpid(), SIGUSR1);
	printf("kill: code %s, si_pid is getpid() %s\n", code_name(got_code), got_pid_ok ? "yes" : "no");
	syscall(SYS_tgkill, getpid(), syscall(SYS_gettid), SIGUSR1);
	printf("tgkill: code %s\n", code_name(got_code));

	printf("-- SIGILL from ud2\n");
	sa.sa_sigaction = on_ill;
	sigaction(SIGILL, &sa, NULL);
	long rax = 1;
	void *ud2_addr;
	__asm__ volatile("lea 0f(%%rip), %1\n0: ud2" : "+a"(rax), "=r"(ud2_addr));
	printf("handler saw si_code %s, si_addr at the ud2 %s, saved rip at the ud2 %s\n", code_name(got_code),
	       ill_addr == ud2_addr ? "yes" : "no", ill_rip == (unsigned long)ud2_addr ? "yes" : "no");
	printf("rax set in the saved context came back: %ld\n", rax);
	__asm__ volatile("ud2" ::: "rax");
	printf("stepped over %ld ud2 instructions by editing uc_mcontext\n", skipped);

	printf("-- SIGFPE from a division by zero\n");
	sa.sa_sigaction = on_fpe;
	sigaction(SIGFPE, &sa, NULL);
	volatile int zero = 0, num = 10;
	if (sigsetjmp(env, 1) == 0) {
		volatile int q = num / zero;
		printf("no fault?! %d\n", q);
	} else
		printf("SIGFPE, si_code %s\n", code_name(got_code));

	printf("-- SIGTRAP from int3\n");
	sa.sa_sigaction = on_trap;
	sigaction(SIGTRAP, &sa, NULL);
	void *after;
	__asm__ volatile("lea 1f(%%rip), %0\nint3\n1:" : "=r"(after));
	printf("SIGTRAP, si_code %s, resumed after the int3: %s\n", code_name(got_code),
	       trap_rip == (unsigned long)after ? "yes" : "no");

	printf("-- FPU state\n");
	signal(SIGUSR2, fpu_clobber);
	volatile double a = 1.5, b = 2.25;
	double live = a * b;
	raise(SIGUSR2);
	printf("a double live across a handler: %.17g\n", live + a / b);
	printf("rounding mode after the handler set FE_UPWARD: %s\n",
	       fegetround() == FE_TONEAREST ? "FE_TONEAREST" : "changed");
	printf("the handler computed %.17g\n", handler_result);
	long double ld = 1.0L / 3.0L;
	raise(SIGUSR2);
	printf("x87 long double across a handler: %.20Lg\n", ld * 3.0L);
	printf("signal_siginfo: done\n");
	return 0;
}
