/* timers.c: POSIX timers (one-shot, periodic, absolute, SIGEV_NONE/THREAD_ID, overruns, errors), setitimer, alarm. */
#define _GNU_SOURCE
#include <signal.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include "conformance.h"

static volatile sig_atomic_t fired[3];
static volatile int last_code, last_value, overrun;
static timer_t overrun_timer;
static void on_timer(int sig, siginfo_t *si, void *uc)
{
	(void)uc;
	int k = sig == SIGUSR1 ? 0 : sig == SIGUSR2 ? 1 : 2;
	fired[k]++;
	last_code = si->si_code;
	last_value = si->si_value.sival_int;
	if (sig == SIGRTMIN && fired[2] == 1)
		overrun = timer_getoverrun(overrun_timer);
}

static timer_t make(clockid_t c, int notify, int sig, int value)
{
	struct sigevent ev;
	memset(&ev, 0, sizeof ev);
	ev.sigev_notify = notify;
	ev.sigev_signo = sig;
	ev.sigev_value.sival_int = value;
	if (notify == SIGEV_THREAD_ID)
		ev.sigev_notify_thread_id = (pid_t)syscall(SYS_gettid);
	timer_t t = 0;
	int r = timer_create(c, &ev, &t);
	printf("timer_create(%s, value %d): %s\n",
	       c == CLOCK_MONOTONIC  ? "MONOTONIC"
	       : c == CLOCK_REALTIME ? "REALTIME"
	                             : "?",
	       value, r == 0 ? "0" : errname(errno));
	return t;
}

static void wait_for(volatile sig_atomic_t *flag, double limit)
{
	double t0 = mono_now();
	while (!*flag && mono_now() - t0 < limit)
		;
}

static double secs(struct timespec t) { return (double)t.tv_sec + (double)t.tv_nsec / 1e9; }

int main(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_timer;
	sa.sa_flags = SA_SIGINFO | SA_RESTART;
	sigaction(SIGUSR1, &sa, NULL);
	sigaction(SIGUSR2, &sa, NULL);
	sigaction(SIGRTMIN, &sa, NULL);

	printf("-- one-shot\n");
	timer_t a = make(CLOCK_MONOTONIC, SIGEV_SIGNAL, SIGUSR1, 11);
	struct itimerspec cur, old;
	timer_gettime(a, &cur);
	printf("unarmed: value %ld.%09ld interval %ld.%09ld\n", (long)cur.it_value.tv_sec, cur.it_value.tv_nsec,
	       (long)cur.it_interval.tv_sec, cur.it_interval.tv_nsec);
	double t0 = mono_now(); /* before arming: it fires 30 ms after this at the earliest */
	SHOW("arm 30 ms", timer_settime(a, 0, &(struct itimerspec){{0, 0}, {0, 30000000}}, NULL));
	wait_for(&fired[0], 5);
	double dt = mono_now() - t0;
	printf("fired once after >= 30 ms: %s, si_code SI_TIMER: %s, value %d\n",
	       fired[0] == 1 && dt >= 0.03 ? "yes" : "no", last_code == SI_TIMER ? "yes" : "no", last_value);
	timer_gettime(a, &cur);
	printf("after firing it is disarmed: %s\n",
	       cur.it_value.tv_sec == 0 && cur.it_value.tv_nsec == 0 ? "yes" : "no");

	printf("-- old values and disarming\n");
	timer_settime(a, 0, &(struct itimerspec){{0, 0}, {2, 0}}, NULL);
	timer_gettime(a, &cur);
	YESNO("armed for 2 s: value in (1.5, 2]", secs(cur.it_value) > 1.5 && secs(cur.it_value) <= 2);
	timer_settime(a, 0, &(struct itimerspec){{0, 0}, {3, 0}}, &old);
	YESNO("re-arming returns the old value, in (1.5, 2]", secs(old.it_value) > 1.5 && secs(old.it_value) <= 2);
	timer_settime(a, 0, &(struct itimerspec){{0, 0}, {0, 0}}, &old);
	YESNO("disarming returns the old value, in (2.5, 3]", secs(old.it_value) > 2.5 && secs(old.it_value) <= 3);
	timer_gettime(a, &cur);
	YESNO("disarmed", cur.it_value.tv_sec == 0 && cur.it_value.tv_nsec == 0);

	printf("-- absolute and periodic\n");
	fired[0] = 0;
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	now.tv_nsec += 30000000;
	if (now.tv_nsec >= 1000000000)
		now.tv_sec++, now.tv_nsec -= 1000000000;
	SHOW("TIMER_ABSTIME 30 ms ahead", timer_settime(a, TIMER_ABSTIME, &(struct itimerspec){{0, 0}, now}, NULL));
	wait_for(&fired[0], 5);
	printf("fired: %d\n", (int)fired[0]);
	fired[0] = 0;
	SHOW("TIMER_ABSTIME in the past", timer_settime(a, TIMER_ABSTIME, &(struct itimerspec){{0, 0}, {1, 0}}, NULL));
	wait_for(&fired[0], 5);
	printf("fired at once: %d\n", (int)fired[0]);
	timer_t b = make(CLOCK_REALTIME, SIGEV_SIGNAL, SIGUSR2, 22);
	timer_settime(b, 0, &(struct itimerspec){{0, 10000000}, {0, 10000000}}, NULL);
	t0 = mono_now();
	while (fired[1] < 5 && mono_now() - t0 < 5)
		;
	printf("periodic 10 ms REALTIME timer fired 5 times: %s, value %d\n", fired[1] >= 5 ? "yes" : "no", last_value);
	timer_settime(b, 0, &(struct itimerspec){{0, 0}, {0, 0}}, NULL);

	printf("-- overruns\n");
	overrun_timer = make(CLOCK_MONOTONIC, SIGEV_SIGNAL, SIGRTMIN, 33);
	sigset_t s;
	sigemptyset(&s);
	sigaddset(&s, SIGRTMIN);
	sigprocmask(SIG_BLOCK, &s, NULL);
	timer_settime(overrun_timer, 0, &(struct itimerspec){{0, 5000000}, {0, 5000000}}, NULL);
	t0 = mono_now();
	while (mono_now() - t0 < 0.1)
		;                           /* 20 expiries while blocked: one signal, the rest are overruns */
	sigprocmask(SIG_UNBLOCK, &s, NULL); /* still armed: disarming would drop the pending signal */
	timer_settime(overrun_timer, 0, &(struct itimerspec){{0, 0}, {0, 0}}, NULL);
	printf("delivered: %s, timer_getoverrun in the first handler >= 5: %s\n", fired[2] >= 1 ? "yes" : "no",
	       overrun >= 5 ? "yes" : "no");

	printf("-- SIGEV_NONE and SIGEV_THREAD_ID\n");
	timer_t n = make(CLOCK_MONOTONIC, SIGEV_NONE, 0, 44);
	timer_settime(n, 0, &(struct itimerspec){{0, 0}, {1, 0}}, NULL);
	timer_gettime(n, &cur);
	YESNO("SIGEV_NONE timer counts down", secs(cur.it_value) > 0.5 && secs(cur.it_value) <= 1);
	timer_settime(n, 0, &(struct itimerspec){{0, 0}, {0, 20000000}}, NULL);
	nanosleep(&(struct timespec){0, 40000000}, NULL);
	timer_gettime(n, &cur);
	YESNO("and expires silently", cur.it_value.tv_sec == 0 && cur.it_value.tv_nsec == 0);
	fired[0] = 0;
	timer_t th = make(CLOCK_MONOTONIC, SIGEV_THREAD_ID, SIGUSR1, 55);
	timer_settime(th, 0, &(struct itimerspec){{0, 0}, {0, 10000000}}, NULL);
	wait_for(&fired[0], 5);
	printf("SIGEV_THREAD_ID timer fired: %d, value %d\n", (int)fired[0], last_value);

	printf("-- errors\n");
	SHOW("timer_delete", timer_delete(th));
	SHOW("timer_settime on a deleted timer", timer_settime(th, 0, &(struct itimerspec){{0, 0}, {1, 0}}, NULL));
	SHOW("timer_gettime on a deleted timer", timer_gettime(th, &cur));
	SHOW("raw timer_delete it again", syscall(SYS_timer_delete, th)); /* musl's returns -EINVAL itself */
	SHOW("timer_settime with tv_nsec = 1e9",
	     timer_settime(a, 0, &(struct itimerspec){{0, 0}, {0, 1000000000}}, NULL));
	struct sigevent ev = {.sigev_notify = SIGEV_SIGNAL, .sigev_signo = SIGUSR1};
	timer_t bad;
	SHOW("timer_create on clock 1234", timer_create(1234, &ev, &bad));
	ev.sigev_signo = 99;
	SHOW("timer_create with signal 99", timer_create(CLOCK_MONOTONIC, &ev, &bad));
	timer_delete(a), timer_delete(b), timer_delete(n), timer_delete(overrun_timer);

	printf("-- setitimer, getitimer, alarm\n");
	struct itimerval iv, oiv;
	getitimer(ITIMER_REAL, &iv);
	YESNO("ITIMER_REAL starts disarmed", iv.it_value.tv_sec == 0 && iv.it_value.tv_usec == 0);
	SHOW("setitimer ITIMER_REAL 1 s", setitimer(ITIMER_REAL, &(struct itimerval){{0, 0}, {1, 0}}, NULL));
	getitimer(ITIMER_REAL, &iv);
	YESNO("getitimer: in (0.5, 1]",
	      iv.it_value.tv_sec == 1 ? iv.it_value.tv_usec == 0 : iv.it_value.tv_usec > 500000);
	setitimer(ITIMER_REAL, &(struct itimerval){{0, 0}, {0, 0}}, &oiv);
	YESNO("disarming returns the old value", oiv.it_value.tv_sec == 1 || oiv.it_value.tv_usec > 500000);
	printf("alarm(5) returns %u\n", alarm(5));
	printf("alarm(0) returns %u\n", alarm(0));
	SHOW("setitimer ITIMER_VIRTUAL 10 s", setitimer(ITIMER_VIRTUAL, &(struct itimerval){{0, 0}, {10, 0}}, NULL));
	SHOW("setitimer ITIMER_VIRTUAL off", setitimer(ITIMER_VIRTUAL, &(struct itimerval){{0, 0}, {0, 0}}, NULL));
	SHOW("setitimer ITIMER_PROF 10 s", setitimer(ITIMER_PROF, &(struct itimerval){{0, 0}, {10, 0}}, NULL));
	SHOW("setitimer ITIMER_PROF off", setitimer(ITIMER_PROF, &(struct itimerval){{0, 0}, {0, 0}}, NULL));
	SHOW("setitimer with which = 7", setitimer(7, &(struct itimerval){{0, 0}, {1, 0}}, NULL));
	SHOW("setitimer with tv_usec = 1e6", setitimer(ITIMER_REAL, &(struct itimerval){{0, 0}, {0, 1000000}}, NULL));
	printf("timers: done\n");
	return 0;
}
