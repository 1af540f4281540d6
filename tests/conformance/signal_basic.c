/* signal_basic.c: raise/kill/tkill/tgkill to self, sigaction old values and flags, SIG_IGN, SA_RESETHAND, pause. */
#define _GNU_SOURCE
#include <signal.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <unistd.h>

#include "conformance.h"

#define NO_SUCH_ID 0x3fffffff /* above any pid_max: never a real process */

static volatile sig_atomic_t hits, last;
static void handler(int sig)
{
	hits++;
	last = sig;
}
static void other(int sig) { (void)sig; }

static void install(int sig, void (*fn)(int), int flags)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = fn;
	sa.sa_flags = flags;
	sigaction(sig, &sa, NULL);
}

int main(void)
{
	install(SIGUSR1, handler, 0);
	SHOW("raise(SIGUSR1)", raise(SIGUSR1));
	printf("  hits %d, signal %s\n", (int)hits, last == SIGUSR1 ? "SIGUSR1" : "?");
	SHOW("kill(getpid(), SIGUSR1)", kill(getpid(), SIGUSR1));
	SHOW("tgkill(pid, tid, SIGUSR1)", syscall(SYS_tgkill, getpid(), syscall(SYS_gettid), SIGUSR1));
	SHOW("tkill(tid, SIGUSR1)", syscall(SYS_tkill, syscall(SYS_gettid), SIGUSR1));
	printf("  hits %d\n", (int)hits);
	SHOW("kill(getpid(), 0)", kill(getpid(), 0));
	SHOW("kill(no such pid, 0)", kill(NO_SUCH_ID, 0));
	SHOW("tgkill(pid, no such tid, 0)", syscall(SYS_tgkill, getpid(), NO_SUCH_ID, 0));
	SHOW("tkill(no such tid, 0)", syscall(SYS_tkill, NO_SUCH_ID, 0));
	SHOW("tgkill with tid 0", syscall(SYS_tgkill, getpid(), 0, SIGUSR1));
	SHOW("kill(getpid(), 99)", kill(getpid(), 99));
	SHOW("kill(getpid(), -1)", kill(getpid(), -1));
	printf("  hits %d\n", (int)hits);

	printf("-- sigaction\n");
	struct sigaction sa, old;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = other;
	sa.sa_flags = SA_RESTART | SA_NODEFER;
	sigemptyset(&sa.sa_mask);
	sigaddset(&sa.sa_mask, SIGUSR2);
	SHOW("sigaction(SIGUSR1, other)", sigaction(SIGUSR1, &sa, &old));
	printf("  old handler was ours: %s\n", old.sa_handler == handler ? "yes" : "no");
	sigaction(SIGUSR1, NULL, &old);
	printf("  read back: handler %s, SA_RESTART %d, SA_NODEFER %d, SA_SIGINFO %d, mask has SIGUSR2 %d, SIGINT %d\n",
	       old.sa_handler == other ? "other" : "?", !!(old.sa_flags & SA_RESTART), !!(old.sa_flags & SA_NODEFER),
	       !!(old.sa_flags & SA_SIGINFO), sigismember(&old.sa_mask, SIGUSR2), sigismember(&old.sa_mask, SIGINT));
	SHOW("sigaction(0)", sigaction(0, &sa, NULL));
	SHOW("sigaction(65)", sigaction(65, &sa, NULL));
	SHOW("sigaction(SIGKILL)", sigaction(SIGKILL, &sa, NULL));
	SHOW("sigaction(SIGSTOP)", sigaction(SIGSTOP, &sa, NULL));
	SHOW("reading SIGKILL's action", sigaction(SIGKILL, NULL, &old));
	printf("  SIGKILL is SIG_DFL: %s\n", old.sa_handler == SIG_DFL ? "yes" : "no");
	SHOW("raw rt_sigaction with sigsetsize 4", syscall(SYS_rt_sigaction, SIGUSR1, NULL, &old, 4));
	sigaction(SIGTERM, NULL, &old);
	printf("SIGTERM starts as SIG_DFL: %s\n", old.sa_handler == SIG_DFL ? "yes" : "no");

	printf("-- ignoring\n");
	printf("signal(SIGUSR1, SIG_IGN) returned the old handler: %s\n",
	       signal(SIGUSR1, SIG_IGN) == other ? "yes" : "no");
	SHOW("raise an ignored SIGUSR1", raise(SIGUSR1));
	hits = 0;
	SHOW("raise SIGCHLD (default: ignore)", raise(SIGCHLD));
	SHOW("raise SIGURG (default: ignore)", raise(SIGURG));
	SHOW("raise SIGWINCH (default: ignore)", raise(SIGWINCH));
	SHOW("raise SIGCONT (default: continue)", raise(SIGCONT));
	printf("still running\n");

	printf("-- SA_RESETHAND\n");
	install(SIGUSR2, handler, SA_RESETHAND);
	raise(SIGUSR2);
	sigaction(SIGUSR2, NULL, &old);
	printf("handler ran %d time(s), now SIG_DFL: %s, SA_RESETHAND still set: %d\n", (int)hits,
	       old.sa_handler == SIG_DFL ? "yes" : "no", !!(old.sa_flags & SA_RESETHAND));

	printf("-- pause and sigsuspend\n");
	install(SIGALRM, handler, 0);
	hits = 0;
	struct itimerval it = {{0, 0}, {0, 20000}};
	setitimer(ITIMER_REAL, &it, NULL);
	SHOW("pause until SIGALRM", pause());
	printf("  hits %d\n", (int)hits);
	sigset_t block, none;
	sigemptyset(&block);
	sigaddset(&block, SIGALRM);
	sigemptyset(&none);
	sigprocmask(SIG_BLOCK, &block, NULL);
	setitimer(ITIMER_REAL, &it, NULL);
	double t0 = mono_now();
	while (mono_now() - t0 < 0.1)
		; /* the timer expires while SIGALRM is blocked: it stays pending */
	sigset_t pend;
	sigpending(&pend);
	printf("SIGALRM pending while blocked: %d, hits %d\n", sigismember(&pend, SIGALRM), (int)hits);
	SHOW("sigsuspend with an empty mask", sigsuspend(&none));
	printf("  hits %d\n", (int)hits);
	sigset_t now;
	sigprocmask(SIG_BLOCK, NULL, &now);
	printf("  SIGALRM blocked again after sigsuspend: %d\n", sigismember(&now, SIGALRM));
	printf("signal_basic: done\n");
	return 0;
}
