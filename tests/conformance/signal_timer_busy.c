/* signal_timer_busy.c: a timer_create(SIGEV_SIGNAL) timer interrupts a busy loop with no system calls (GHC tick). */
#define _GNU_SOURCE
#include <signal.h>
#include <string.h>
#include <time.h>

#include "conformance.h"

static volatile sig_atomic_t ticks;
static volatile int sival, code_ok;
static void on_tick(int sig, siginfo_t *si, void *uc)
{
	(void)sig, (void)uc;
	ticks++;
	sival = si->si_value.sival_int;
	code_ok = si->si_code == SI_TIMER;
}

int main(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_tick;
	sa.sa_flags = SA_SIGINFO | SA_RESTART;
	sigaction(SIGVTALRM, &sa, NULL);
	timer_t t;
	struct sigevent ev;
	memset(&ev, 0, sizeof ev);
	ev.sigev_notify = SIGEV_SIGNAL;
	ev.sigev_signo = SIGVTALRM;
	ev.sigev_value.sival_int = 4242;
	SHOW("timer_create", timer_create(CLOCK_MONOTONIC, &ev, &t));
	struct itimerspec its = {{0, 10000000}, {0, 10000000}}; /* every 10 ms */
	SHOW("timer_settime", timer_settime(t, 0, &its, NULL));

	/* No system calls at all in this loop (rdtsc is an instruction): only an interrupt can
	 * deliver the signal. The bound is generous: about 10^10 cycles. */
	unsigned long long start = __builtin_ia32_rdtsc();
	volatile double x = 0;
	while (ticks < 5 && __builtin_ia32_rdtsc() - start < 10000000000ull)
		x += 1.0;
	printf("ticks during a loop without system calls: %s, si_value %d, si_code SI_TIMER %s\n",
	       ticks >= 5 ? ">= 5" : "too few", sival, code_ok ? "yes" : "no");

	int before = ticks;
	double t0 = mono_now();
	while (ticks < before + 10 && mono_now() - t0 < 5)
		x += 1.0;
	printf("ten more ticks in a loop reading the clock: %s\n", ticks >= before + 10 ? "yes" : "no");

	struct itimerspec cur;
	timer_gettime(t, &cur);
	printf("interval kept: %ld ns, next expiry within 10 ms: %s\n", cur.it_interval.tv_nsec,
	       cur.it_value.tv_sec == 0 && cur.it_value.tv_nsec <= 10000000 ? "yes" : "no");
	SHOW("timer_delete", timer_delete(t));
	before = ticks;
	t0 = mono_now();
	while (mono_now() - t0 < 0.05)
		;
	printf("no ticks after timer_delete: %s\n", ticks == before ? "yes" : "no");
	printf("signal_timer_busy: done\n");
	return 0;
}
