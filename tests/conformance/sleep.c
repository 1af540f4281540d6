/* sleep.c: nanosleep/clock_nanosleep (relative, absolute, past), usleep, signals that cannot end a sleep, errors. */
#define _GNU_SOURCE
#include <signal.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include "conformance.h"

static void took(const char *what, double t0, double lo, double hi)
{
	double dt = mono_now() - t0;
	printf("%s: %s\n", what, dt >= lo && dt < hi ? "ok" : dt < lo ? "too short" : "too long");
}

static struct timespec ahead(clockid_t c, long ns)
{
	struct timespec t;
	clock_gettime(c, &t);
	t.tv_nsec += ns;
	while (t.tv_nsec >= 1000000000) {
		t.tv_sec++;
		t.tv_nsec -= 1000000000;
	}
	return t;
}

int main(void)
{
	double t0 = mono_now();
	SHOW("nanosleep 50 ms", nanosleep(&(struct timespec){0, 50000000}, NULL));
	took("  >= 50 ms and < 2 s", t0, 0.05, 2);
	t0 = mono_now();
	SHOW("nanosleep 300 ms", nanosleep(&(struct timespec){0, 300000000}, NULL));
	took("  >= 300 ms and < 2 s", t0, 0.3, 2);
	t0 = mono_now();
	SHOW("nanosleep 0", nanosleep(&(struct timespec){0, 0}, NULL));
	took("  < 500 ms", t0, 0, 0.5);

	t0 = mono_now();
	SHOW_RC("clock_nanosleep MONOTONIC relative 30 ms",
	        clock_nanosleep(CLOCK_MONOTONIC, 0, &(struct timespec){0, 30000000}, NULL));
	took("  >= 30 ms and < 2 s", t0, 0.03, 2);
	t0 = mono_now();
	SHOW_RC("clock_nanosleep REALTIME relative 30 ms",
	        clock_nanosleep(CLOCK_REALTIME, 0, &(struct timespec){0, 30000000}, NULL));
	took("  >= 30 ms and < 2 s", t0, 0.03, 2);
	struct timespec dl = ahead(CLOCK_MONOTONIC, 40000000);
	SHOW_RC("clock_nanosleep MONOTONIC absolute, 40 ms ahead",
	        clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &dl, NULL));
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	YESNO("  woke at or after the deadline",
	      now.tv_sec > dl.tv_sec || (now.tv_sec == dl.tv_sec && now.tv_nsec >= dl.tv_nsec));
	dl = ahead(CLOCK_REALTIME, 40000000);
	SHOW_RC("clock_nanosleep REALTIME absolute, 40 ms ahead",
	        clock_nanosleep(CLOCK_REALTIME, TIMER_ABSTIME, &dl, NULL));
	clock_gettime(CLOCK_REALTIME, &now);
	YESNO("  woke at or after the deadline",
	      now.tv_sec > dl.tv_sec || (now.tv_sec == dl.tv_sec && now.tv_nsec >= dl.tv_nsec));
	t0 = mono_now();
	SHOW_RC("clock_nanosleep absolute deadline in the past",
	        clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &(struct timespec){0, 0},
	                        NULL) /* 0: in the past even right after boot */);
	took("  returned at once (< 500 ms)", t0, 0, 0.5);

	t0 = mono_now();
	SHOW("usleep 20000", usleep(20000));
	took("  >= 20 ms and < 2 s", t0, 0.02, 2);
	SHOW("sleep(0)", sleep(0));
	t0 = mono_now();
	for (int i = 0; i < 20; i++)
		nanosleep(&(struct timespec){0, 1000000}, NULL);
	took("20 sleeps of 1 ms: >= 20 ms and < 2 s", t0, 0.02, 2);

	printf("-- signals that cannot end a sleep\n");
	sigset_t s;
	sigemptyset(&s);
	sigaddset(&s, SIGALRM);
	sigprocmask(SIG_BLOCK, &s, NULL);
	setitimer(ITIMER_REAL, &(struct itimerval){{0, 0}, {0, 10000}}, NULL);
	t0 = mono_now();
	SHOW("nanosleep 60 ms while a blocked SIGALRM arrives", nanosleep(&(struct timespec){0, 60000000}, NULL));
	took("  slept the whole 60 ms", t0, 0.06, 2);
	signal(SIGALRM, SIG_IGN); /* also discards the pending one */
	sigprocmask(SIG_UNBLOCK, &s, NULL);
	setitimer(ITIMER_REAL, &(struct itimerval){{0, 0}, {0, 10000}}, NULL);
	t0 = mono_now();
	SHOW("nanosleep 60 ms while an ignored SIGALRM arrives", nanosleep(&(struct timespec){0, 60000000}, NULL));
	took("  slept the whole 60 ms", t0, 0.06, 2);
	SHOW("raise(SIGWINCH) (ignored by default)", raise(SIGWINCH));
	SHOW("then nanosleep 10 ms", nanosleep(&(struct timespec){0, 10000000}, NULL));

	printf("-- errors\n");
	SHOW("nanosleep tv_nsec = 1e9", nanosleep(&(struct timespec){0, 1000000000}, NULL));
	SHOW("nanosleep tv_nsec = -1", nanosleep(&(struct timespec){0, -1}, NULL));
	SHOW("nanosleep tv_sec = -1", nanosleep(&(struct timespec){-1, 0}, NULL));
	SHOW_RC("clock_nanosleep on clock 1234", clock_nanosleep(1234, 0, &(struct timespec){0, 1000}, NULL));
	SHOW_RC("clock_nanosleep with tv_nsec = 1e9",
	        clock_nanosleep(CLOCK_MONOTONIC, 0, &(struct timespec){0, 1000000000}, NULL));
	SHOW_RC("clock_nanosleep on CLOCK_THREAD_CPUTIME_ID",
	        clock_nanosleep(CLOCK_THREAD_CPUTIME_ID, 0, &(struct timespec){0, 1000}, NULL));
	printf("sleep: done\n");
	return 0;
}
