/* signal_timer_busy.c: a timer_create(SIGEV_SIGNAL) timer interrupts a busy loop, as GHC's RTS tick does. */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

static volatile int ticks;
static volatile long sival;
static void on_tick(int sig, siginfo_t *si, void *uc)
{
	ticks++;
	sival = si->si_value.sival_int;
}

static double now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec + t.tv_nsec / 1e9;
}

int main(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_tick;
	sa.sa_flags = SA_SIGINFO | SA_RESTART;
	sigaction(SIGVTALRM, &sa, 0);
	timer_t t;
	struct sigevent ev;
	memset(&ev, 0, sizeof ev);
	ev.sigev_notify = SIGEV_SIGNAL;
	ev.sigev_signo = SIGVTALRM;
	ev.sigev_value.sival_int = 4242;
	printf("timer_create: %d\n", timer_create(CLOCK_MONOTONIC, &ev, &t));
	struct itimerspec its = {{0, 10000000}, {0, 10000000}};
	printf("timer_settime: %d\n", timer_settime(t, 0, &its, 0));
	double start = now();
	volatile double x = 0;
	while (ticks < 10 && now() - start < 10)
		x += 1.0; /* no system calls but clock_gettime */
	printf("ticks during a busy loop: %s, sival %ld\n", ticks >= 10 ? ">= 10" : "too few", sival);
	struct itimerspec cur;
	timer_gettime(t, &cur);
	printf("interval kept: %ld ns\n", cur.it_interval.tv_nsec);
	printf("timer_delete: %d\n", timer_delete(t));
	int before = ticks;
	start = now();
	while (now() - start < 0.05)
		;
	printf("no ticks after delete: %s\n", ticks == before ? "yes" : "no");
	printf("bad timer id: %d\n", timer_delete((timer_t)(long)777));
	return 0;
}
