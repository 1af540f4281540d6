/* signal_siginfo.c: SA_SIGINFO contents, ucontext registers, and a handler that edits the saved context. */
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <ucontext.h>
#include <unistd.h>

static volatile int got_sig, got_code, got_mask_has_usr1;
static void handler(int sig, siginfo_t *si, void *p)
{
	ucontext_t *uc = p;
	got_sig = si->si_signo;
	got_code = si->si_code;
	sigset_t cur;
	sigprocmask(SIG_BLOCK, 0, &cur);
	got_mask_has_usr1 = sigismember(&cur, SIGUSR1);
	(void)uc;
}

static volatile long skipped;
static void on_ill(int sig, siginfo_t *si, void *p)
{
	ucontext_t *uc = p;
	uc->uc_mcontext.gregs[REG_RIP] += 2; /* step over ud2 */
	skipped++;
}

int main(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = handler;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGUSR1, &sa, 0);
	raise(SIGUSR1);
	printf("signo %d code %s mask-during-handler %d\n", got_sig, got_code == SI_TKILL || got_code == SI_USER ? "user" : "other", got_mask_has_usr1);
	sigset_t cur;
	sigprocmask(SIG_BLOCK, 0, &cur);
	printf("mask restored after return: %d\n", sigismember(&cur, SIGUSR1));
	sa.sa_sigaction = on_ill;
	sigaction(SIGILL, &sa, 0);
	__asm__ volatile("ud2");
	__asm__ volatile("ud2");
	printf("stepped over %ld ud2 instructions by editing uc_mcontext\n", skipped);
	double a = 1.5, b = 2.25;
	raise(SIGUSR1);
	printf("FP state survives a handler: %.3f\n", a * b);
	return 0;
}
