/* signal_basic.c: raise/kill to self, masks, pending, SA_RESETHAND, SA_NODEFER, SIG_IGN, sigsuspend. */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

static volatile int hits, depth, maxdepth;
static void handler(int sig)
{
	hits++;
	depth++;
	if (depth > maxdepth)
		maxdepth = depth;
	if (sig == SIGUSR2 && hits < 3)
		raise(SIGUSR2); /* nests only with SA_NODEFER; otherwise runs after this handler returns */
	depth--;
}

static void install(int sig, int flags)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = handler;
	sa.sa_flags = flags;
	sigaction(sig, &sa, 0);
}

int main(void)
{
	install(SIGUSR1, 0);
	printf("raise: %d hits=%d\n", raise(SIGUSR1), hits);
	printf("kill self: %d hits=%d\n", kill(getpid(), SIGUSR1), hits);
	printf("tgkill self: %ld hits=%d\n", syscall(SYS_tgkill, getpid(), syscall(SYS_gettid), SIGUSR1), hits);
	printf("kill other pid: %d %s\n", kill(12345, SIGUSR1), errno == ESRCH ? "ESRCH" : "?");
	printf("kill signal 0: %d\n", kill(getpid(), 0));
	printf("bad signal: %d %s\n", kill(getpid(), 99), errno == EINVAL ? "EINVAL" : "?");
	sigset_t s, old, pend;
	sigemptyset(&s);
	sigaddset(&s, SIGUSR1);
	sigprocmask(SIG_BLOCK, &s, &old);
	raise(SIGUSR1);
	sigpending(&pend);
	printf("blocked: hits=%d pending=%d\n", hits, sigismember(&pend, SIGUSR1));
	sigprocmask(SIG_SETMASK, &old, 0);
	printf("unblocked: hits=%d\n", hits);
	hits = 0;
	install(SIGUSR2, SA_NODEFER);
	raise(SIGUSR2);
	printf("SA_NODEFER nesting: hits=%d maxdepth=%d\n", hits, maxdepth);
	hits = maxdepth = 0;
	install(SIGUSR2, 0);
	raise(SIGUSR2);
	printf("deferred: hits=%d maxdepth=%d\n", hits, maxdepth);
	install(SIGUSR1, SA_RESETHAND);
	raise(SIGUSR1);
	struct sigaction now;
	sigaction(SIGUSR1, 0, &now);
	printf("SA_RESETHAND: handler reset to SIG_DFL: %s\n", now.sa_handler == SIG_DFL ? "yes" : "no");
	signal(SIGUSR1, SIG_IGN);
	printf("ignored: %d, still alive\n", raise(SIGUSR1));
	printf("SIGKILL cannot be caught: %d %s\n", sigaction(SIGKILL, &now, 0), errno == EINVAL ? "EINVAL" : "?");
	install(SIGALRM, 0);
	sigprocmask(SIG_BLOCK, &(sigset_t){0}, &old);
	alarm(1);
	sigset_t none;
	sigemptyset(&none);
	hits = 0;
	int r = sigsuspend(&none);
	printf("sigsuspend: %d %s hits=%d\n", r, errno == EINTR ? "EINTR" : "?", hits);
	return 0;
}
