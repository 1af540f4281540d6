/* select_timeout.c: select/pselect6 timeouts (real waits, time left), readiness sets, pselect's signal mask, EINTR. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/select.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <unistd.h>

#include "conformance.h"

static volatile sig_atomic_t hits;
static void on_signal(int sig)
{
	(void)sig;
	hits++;
}

static void waited(const char *what, double t0, double lo, double hi)
{
	double dt = mono_now() - t0;
	printf("%s: waited >= %.0f ms: %s, < %.0f s: %s\n", what, lo * 1000, dt >= lo ? "yes" : "no", hi,
	       dt < hi ? "yes" : "no");
}

int main(void)
{
	int p[2];
	pipe(p);
	fd_set r, w, e;
	char c;

	printf("-- timeouts\n");
	FD_ZERO(&r);
	FD_SET(p[0], &r);
	struct timeval tv = {0, 50000};
	double t0 = mono_now();
	/* musl passes select a copy of the timeout; the raw call shows what the kernel writes back. */
	SHOW("raw select on an empty pipe, 50 ms", syscall(SYS_select, p[0] + 1, &r, NULL, NULL, &tv));
	waited("select 50 ms", t0, 0.05, 2);
	printf("time left written back: %ld.%06ld, read set cleared: %s\n", (long)tv.tv_sec, (long)tv.tv_usec,
	       FD_ISSET(p[0], &r) ? "no" : "yes");
	tv = (struct timeval){0, 30000};
	t0 = mono_now();
	SHOW("select with no fds, 30 ms", select(0, NULL, NULL, NULL, &tv));
	waited("select as a sleep", t0, 0.03, 2);
	struct timespec ts = {0, 20000000};
	FD_ZERO(&r);
	FD_SET(p[0], &r);
	t0 = mono_now();
	SHOW("pselect on an empty pipe, 20 ms", pselect(p[0] + 1, &r, NULL, NULL, &ts, NULL));
	waited("pselect 20 ms", t0, 0.02, 2);
	printf("pselect leaves its timeout alone: %ld.%09ld\n", (long)ts.tv_sec, ts.tv_nsec);
	tv = (struct timeval){0, 0};
	FD_SET(p[0], &r);
	SHOW("select with a zero timeout", select(p[0] + 1, &r, NULL, NULL, &tv));

	printf("-- readiness\n");
	write(p[1], "x", 1);
	FD_ZERO(&r);
	FD_ZERO(&w);
	FD_ZERO(&e);
	FD_SET(p[0], &r);
	FD_SET(p[1], &r); /* a write end is never readable */
	FD_SET(p[1], &w);
	FD_SET(p[0], &e);
	tv = (struct timeval){5, 0};
	SHOW("raw select read+write+except, data waiting", syscall(SYS_select, p[1] + 1, &r, &w, &e, &tv));
	printf("readable: read end %d, write end %d; writable: write end %d; except: %d\n", FD_ISSET(p[0], &r),
	       FD_ISSET(p[1], &r), FD_ISSET(p[1], &w), FD_ISSET(p[0], &e));
	printf("time left written back, > 4 s and < 5 s: %s\n", tv.tv_sec == 4 && tv.tv_usec > 0 ? "yes" : "no");
	FD_ZERO(&r);
	FD_SET(p[0], &r);
	SHOW("select with no timeout and data", select(p[0] + 1, &r, NULL, NULL, NULL));
	read(p[0], &c, 1);
	int nul = open("/dev/null", O_RDWR);
	FD_ZERO(&r);
	FD_ZERO(&w);
	FD_SET(nul, &r);
	FD_SET(nul, &w);
	SHOW("select /dev/null for read and write", select(nul + 1, &r, &w, NULL, NULL));
	int q[2];
	pipe(q);
	close(q[1]);
	FD_ZERO(&r);
	FD_SET(q[0], &r);
	SHOW("select on a pipe whose writer is gone", select(q[0] + 1, &r, NULL, NULL, NULL));

	printf("-- signals\n");
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sa.sa_flags = SA_RESTART; /* select is never restarted anyway */
	sigaction(SIGALRM, &sa, NULL);
	sigaction(SIGUSR1, &sa, NULL);
	FD_ZERO(&r);
	FD_SET(p[0], &r);
	tv = (struct timeval){5, 0};
	t0 = mono_now(); /* before arming: the signal comes 30 ms after this at the earliest */
	setitimer(ITIMER_REAL, &(struct itimerval){{0, 0}, {0, 30000}}, NULL);
	SHOW("select for 5 s, SIGALRM after 30 ms", select(p[0] + 1, &r, NULL, NULL, &tv));
	waited("interrupted select", t0, 0.03, 2);
	printf("handler ran %d time(s)\n", (int)hits);

	sigset_t usr1, old, empty;
	sigemptyset(&usr1);
	sigaddset(&usr1, SIGUSR1);
	sigemptyset(&empty);
	sigprocmask(SIG_BLOCK, &usr1, &old);
	raise(SIGUSR1);
	printf("SIGUSR1 blocked and pending, handler ran: %d\n", (int)hits - 1);
	ts = (struct timespec){5, 0};
	FD_ZERO(&r);
	FD_SET(p[0], &r);
	t0 = mono_now();
	SHOW("pselect with an empty mask", pselect(p[0] + 1, &r, NULL, NULL, &ts, &empty));
	waited("pselect delivering a pending signal", t0, 0, 1);
	printf("handler ran: %d\n", (int)hits - 1);
	sigset_t now;
	sigprocmask(SIG_BLOCK, NULL, &now);
	printf("SIGUSR1 blocked again after pselect: %s\n", sigismember(&now, SIGUSR1) ? "yes" : "no");
	sigprocmask(SIG_SETMASK, &old, NULL);
	printf("select_timeout: done\n");
	return 0;
}
