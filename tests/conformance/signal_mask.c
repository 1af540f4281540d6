/* signal_mask.c: rt_sigprocmask, unblockable SIGKILL/SIGSTOP, sa_mask, uc_sigmask restore/edit, pending signals. */
#define _GNU_SOURCE
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/syscall.h>
#include <ucontext.h>
#include <unistd.h>

#include "conformance.h"

static uint64_t raw_mask(void)
{
	uint64_t m = 0;
	syscall(SYS_rt_sigprocmask, SIG_BLOCK, NULL, &m, 8);
	return m;
}

static int blocked(int sig)
{
	sigset_t s;
	sigprocmask(SIG_BLOCK, NULL, &s);
	return sigismember(&s, sig);
}

static volatile int in_usr1, in_usr2, in_int;
static char seq[64];
static volatile int nseq;

static void on_usr1(int sig, siginfo_t *si, void *p)
{
	(void)sig, (void)si, (void)p;
	in_usr1 = blocked(SIGUSR1);
	in_usr2 = blocked(SIGUSR2);
	in_int = blocked(SIGINT);
	sigset_t s; /* changes made inside a handler are undone by sigreturn */
	sigemptyset(&s);
	sigaddset(&s, SIGHUP);
	sigprocmask(SIG_BLOCK, &s, NULL);
}

static void edit_uc(int sig, siginfo_t *si, void *p)
{
	(void)sig, (void)si;
	ucontext_t *uc = p;
	sigaddset(&uc->uc_sigmask, SIGINT); /* ...but an edited uc_sigmask is what gets restored */
}

static void record(int sig) { seq[nseq++] = sig == SIGUSR1 ? '1' : sig == SIGUSR2 ? '2' : sig == SIGALRM ? 'A' : '?'; }

int main(void)
{
	sigset_t s, old;
	sigemptyset(&s);
	sigaddset(&s, SIGUSR1);
	printf("initial raw mask: %#llx\n", (unsigned long long)raw_mask());
	SHOW("SIG_BLOCK {USR1}", sigprocmask(SIG_BLOCK, &s, &old));
	printf("  old set had USR1: %d, now blocked: %d\n", sigismember(&old, SIGUSR1), blocked(SIGUSR1));
	sigemptyset(&s);
	sigaddset(&s, SIGUSR2);
	SHOW("SIG_BLOCK {USR2}", sigprocmask(SIG_BLOCK, &s, &old));
	printf("  raw mask %#llx, old had USR1 %d\n", (unsigned long long)raw_mask(), sigismember(&old, SIGUSR1));
	sigemptyset(&s);
	sigaddset(&s, SIGUSR1);
	SHOW("SIG_UNBLOCK {USR1}", sigprocmask(SIG_UNBLOCK, &s, NULL));
	printf("  raw mask %#llx\n", (unsigned long long)raw_mask());
	sigemptyset(&s);
	SHOW("SIG_SETMASK {}", sigprocmask(SIG_SETMASK, &s, NULL));
	printf("  raw mask %#llx\n", (unsigned long long)raw_mask());

	uint64_t all = ~0ull, got = 0;
	SHOW("raw SIG_SETMASK with every bit", syscall(SYS_rt_sigprocmask, SIG_SETMASK, &all, &got, 8));
	printf("  raw mask %#llx (SIGKILL and SIGSTOP dropped)\n", (unsigned long long)raw_mask());
	uint64_t none = 0;
	syscall(SYS_rt_sigprocmask, SIG_SETMASK, &none, NULL, 8);
	SHOW("raw rt_sigprocmask with how 7", syscall(SYS_rt_sigprocmask, 7, &none, NULL, 8));
	SHOW("raw rt_sigprocmask with sigsetsize 4", syscall(SYS_rt_sigprocmask, SIG_BLOCK, &none, NULL, 4));
	SHOW("raw rt_sigprocmask with how 7 and no set", syscall(SYS_rt_sigprocmask, 7, NULL, &got, 8));

	printf("-- the mask inside a handler\n");
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_usr1;
	sa.sa_flags = SA_SIGINFO;
	sigemptyset(&sa.sa_mask);
	sigaddset(&sa.sa_mask, SIGUSR2);
	sigaction(SIGUSR1, &sa, NULL);
	raise(SIGUSR1);
	printf("inside: USR1 blocked %d, USR2 (sa_mask) blocked %d, INT blocked %d\n", in_usr1, in_usr2, in_int);
	printf("after: USR1 %d, USR2 %d, HUP (blocked inside the handler) %d\n", blocked(SIGUSR1), blocked(SIGUSR2),
	       blocked(SIGHUP));
	sa.sa_flags = SA_SIGINFO | SA_NODEFER;
	sigaction(SIGUSR1, &sa, NULL);
	raise(SIGUSR1);
	printf("with SA_NODEFER inside: USR1 blocked %d, USR2 blocked %d\n", in_usr1, in_usr2);
	sa.sa_sigaction = edit_uc;
	sa.sa_flags = SA_SIGINFO;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGUSR2, &sa, NULL);
	raise(SIGUSR2);
	printf("after a handler added SIGINT to uc_sigmask: INT blocked %d\n", blocked(SIGINT));
	sigemptyset(&s);
	sigprocmask(SIG_SETMASK, &s, NULL);

	printf("-- pending signals\n");
	signal(SIGUSR1, record);
	signal(SIGUSR2, record);
	signal(SIGALRM, record);
	sigemptyset(&s);
	sigaddset(&s, SIGUSR1);
	sigaddset(&s, SIGUSR2);
	sigaddset(&s, SIGALRM);
	sigprocmask(SIG_BLOCK, &s, NULL);
	raise(SIGUSR2);
	raise(SIGALRM);
	raise(SIGUSR1);
	raise(SIGUSR1); /* a second one merges with the first */
	sigset_t pend;
	sigpending(&pend);
	printf("pending: USR1 %d USR2 %d ALRM %d INT %d; handlers run: '%s'\n", sigismember(&pend, SIGUSR1),
	       sigismember(&pend, SIGUSR2), sigismember(&pend, SIGALRM), sigismember(&pend, SIGINT), seq);
	sigprocmask(SIG_UNBLOCK, &s, NULL);
	printf("after unblocking all three at once, handlers ran in the order: '%s'\n", seq);

	nseq = 0;
	memset(seq, 0, sizeof seq);
	sigprocmask(SIG_BLOCK, &s, NULL);
	raise(SIGUSR1);
	signal(SIGUSR1, SIG_IGN); /* setting SIG_IGN discards a pending signal */
	sigpending(&pend);
	printf("pending USR1 after SIG_IGN: %d\n", sigismember(&pend, SIGUSR1));
	signal(SIGUSR1, record);
	sigprocmask(SIG_UNBLOCK, &s, NULL);
	printf("handlers run after unblocking: '%s'\n", seq);
	printf("signal_mask: done\n");
	return 0;
}
