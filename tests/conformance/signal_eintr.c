/* signal_eintr.c: blocking calls a handled signal interrupts even with SA_RESTART, and what they report. */
#define _GNU_SOURCE
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/select.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include "conformance.h"

static volatile sig_atomic_t hits;
static int futex_word;
static void on_alarm(int sig)
{
	(void)sig;
	hits++;
	__atomic_store_n(&futex_word, 1, __ATOMIC_SEQ_CST); /* a restarted FUTEX_WAIT then sees a change */
}

static void arm(int flags)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_alarm;
	sa.sa_flags = flags;
	sigaction(SIGALRM, &sa, NULL);
	struct itimerval it = {{0, 0}, {0, 30000}}; /* one shot after 30 ms */
	setitimer(ITIMER_REAL, &it, NULL);
	futex_word = 0;
}

static void took(double t0)
{
	double dt = mono_now() - t0;
	printf("  ended after >= 30 ms: %s, < 2 s: %s\n", dt >= 0.03 ? "yes" : "no", dt < 2 ? "yes" : "no");
}

int main(void)
{
	int p[2];
	pipe(p);
	double t0;

	t0 = mono_now(); /* before arming: the signal comes 30 ms after this at the earliest */
	arm(SA_RESTART);
	struct timespec ts = {5, 0}, rem = {0, 0};
	SHOW("nanosleep 5 s", nanosleep(&ts, &rem));
	took(t0);
	printf("  time left between 4 and 5 s: %s\n", rem.tv_sec == 4 && rem.tv_nsec > 0 ? "yes" : "no");

	arm(SA_RESTART);
	rem = (struct timespec){0, 0};
	SHOW_RC("clock_nanosleep 5 s, relative", clock_nanosleep(CLOCK_MONOTONIC, 0, &ts, &rem));
	printf("  time left between 4 and 5 s: %s\n", rem.tv_sec == 4 && rem.tv_nsec > 0 ? "yes" : "no");

	arm(SA_RESTART);
	struct timespec deadline;
	clock_gettime(CLOCK_MONOTONIC, &deadline);
	deadline.tv_sec += 5;
	rem = (struct timespec){123, 456};
	SHOW_RC("clock_nanosleep, absolute deadline 5 s away",
	        clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &deadline, &rem));
	printf("  remaining left alone: %s\n", rem.tv_sec == 123 && rem.tv_nsec == 456 ? "yes" : "no");

	t0 = mono_now(); /* before arming: the signal comes 30 ms after this at the earliest */
	arm(SA_RESTART);
	struct pollfd pf = {p[0], POLLIN, 0};
	SHOW("poll 5 s", poll(&pf, 1, 5000));
	took(t0);

	t0 = mono_now(); /* before arming: the signal comes 30 ms after this at the earliest */
	arm(SA_RESTART);
	fd_set r;
	FD_ZERO(&r);
	FD_SET(p[0], &r);
	SHOW("select 5 s", select(p[0] + 1, &r, NULL, NULL, &(struct timeval){5, 0}));
	took(t0);

	t0 = mono_now(); /* before arming: the signal comes 30 ms after this at the earliest */
	arm(SA_RESTART);
	struct timespec fto = {5, 0};
	SHOW("FUTEX_WAIT with a 5 s timeout", syscall(SYS_futex, &futex_word, FUTEX_WAIT_PRIVATE, 0, &fto, NULL, 0));
	took(t0);

	/* Without a timeout FUTEX_WAIT follows SA_RESTART: restarted, it finds the word changed. */
	arm(SA_RESTART);
	SHOW("FUTEX_WAIT, no timeout, SA_RESTART",
	     syscall(SYS_futex, &futex_word, FUTEX_WAIT_PRIVATE, 0, NULL, NULL, 0));
	arm(0);
	SHOW("FUTEX_WAIT, no timeout, no SA_RESTART",
	     syscall(SYS_futex, &futex_word, FUTEX_WAIT_PRIVATE, 0, NULL, NULL, 0));

	arm(SA_RESTART);
	sigset_t none;
	sigemptyset(&none);
	SHOW("sigsuspend", sigsuspend(&none));
	arm(SA_RESTART);
	SHOW("pause", pause());
	printf("handler ran %d times\n", (int)hits);
	printf("signal_eintr: done\n");
	return 0;
}
