/*
 * sys_time.c: clocks, sleeps and POSIX timers. CLOCK_MONOTONIC (and
 * _RAW, _COARSE, BOOTTIME) is the platform clock; CLOCK_REALTIME adds the
 * wall-clock base; CPU-time clocks report monotonic time since boot, since
 * the program is the only thing that runs. Timers deliver SIGEV_SIGNAL from
 * the timer interrupt, which is how GHC's RTS gets its 10 ms tick.
 */
#include <asm/signal.h>
#include <asm-generic/siginfo.h>
#include <linux/time.h>
#include <linux/time_types.h>
#include "syscall.h"

#define NS 1000000000ull
#define SIGEV_SIGNAL_ 0
#define SIGEV_NONE_ 1
#define SIGEV_THREAD_ID_ 4

struct ksigevent {
	uint64_t value;
	int signo, notify;
	int tid;
	int pad[11];
};

struct ptimer {
	struct ktimer kt;
	bool used;
	int clock, signo, notify;
	uint64_t value, interval, overrun;
};
static struct ptimer ptimers[NTIMER];

/*
 * Negative ids are Linux's CPU-time clocks of a process or thread, encoded as
 * (~pid << 3) | (per-thread ? 4 : 0) | type (0..2); musl's clock_getcpuclockid makes them,
 * and GHC's RTS checks them before +RTS -s. Ours: pid 0 (self) or 1, any type but 3.
 */
static bool cpu_clock_valid(long c)
{
	long pid = ~(c >> 3);
	return c < 0 && (c & 3) != 3 && (pid == 0 || pid == 1);
}

static bool clock_valid(long c)
{
	if (c < 0)
		return cpu_clock_valid(c);
	return c == CLOCK_REALTIME || c == CLOCK_MONOTONIC || c == CLOCK_PROCESS_CPUTIME_ID ||
	       c == CLOCK_THREAD_CPUTIME_ID || c == CLOCK_MONOTONIC_RAW || c == CLOCK_REALTIME_COARSE ||
	       c == CLOCK_MONOTONIC_COARSE || c == CLOCK_BOOTTIME || c == CLOCK_REALTIME_ALARM ||
	       c == CLOCK_BOOTTIME_ALARM || c == CLOCK_TAI;
}

static uint64_t clock_now(long c)
{
	switch (c) {
	case CLOCK_REALTIME:
	case CLOCK_REALTIME_COARSE:
	case CLOCK_REALTIME_ALARM:
	case CLOCK_TAI:
		return time_realtime();
	default:
		return time_monotonic();
	}
}

static struct __kernel_timespec to_ts(uint64_t ns) { return (struct __kernel_timespec){ns / NS, ns % NS}; }

static long from_ts(const struct __kernel_timespec *u, uint64_t *ns)
{
	struct __kernel_timespec ts;
	if (copy_from_user(&ts, u, sizeof(ts)))
		return -EFAULT;
	if (ts.tv_sec < 0 || ts.tv_nsec < 0 || ts.tv_nsec >= (long)NS)
		return -EINVAL;
	*ns = (uint64_t)ts.tv_sec > UINT64_MAX / NS / 2 ? UINT64_MAX / 2 : ts.tv_sec * NS + ts.tv_nsec;
	return 0;
}

SYSCALL(clock_gettime)
{
	if (!clock_valid(a0))
		return -EINVAL;
	struct __kernel_timespec ts = to_ts(clock_now(a0));
	return copy_to_user((void *)a1, &ts, sizeof(ts));
}

SYSCALL(clock_getres)
{
	if (!clock_valid(a0))
		return -EINVAL;
	struct __kernel_timespec ts = {0, 1};
	return a1 ? copy_to_user((void *)a1, &ts, sizeof(ts)) : 0;
}

SYSCALL(gettimeofday)
{
	uint64_t ns = time_realtime();
	struct __kernel_old_timeval tv = {ns / NS, ns % NS / 1000};
	if (a0 && copy_to_user((void *)a0, &tv, sizeof(tv)))
		return -EFAULT;
	if (a1) {
		int tz[2] = {0, 0};
		return copy_to_user((void *)a1, tz, sizeof(tz));
	}
	return 0;
}

SYSCALL(time)
{
	long t = time_realtime() / NS;
	if (a0 && copy_to_user((void *)a0, &t, sizeof(t)))
		return -EFAULT;
	return t;
}

static long sleep_common(long clock, bool absolute, const struct __kernel_timespec *req, struct __kernel_timespec *rem)
{
	uint64_t ns;
	long r = from_ts(req, &ns);
	if (r)
		return r;
	uint64_t now = clock_now(clock), target = absolute ? ns : now + ns;
	uint64_t deadline = time_monotonic() + (target > now ? target - now : 0);
	if (sleep_until(deadline, true) == 0)
		return 0;
	if (rem && !absolute) {
		uint64_t t = time_monotonic();
		struct __kernel_timespec left = to_ts(deadline > t ? deadline - t : 0);
		if (copy_to_user(rem, &left, sizeof(left)))
			return -EFAULT;
	}
	return -EINTR;
}

SYSCALL(nanosleep) { return sleep_common(CLOCK_MONOTONIC, false, (void *)a0, (void *)a1); }

SYSCALL(clock_nanosleep)
{
	if (!clock_valid(a0) || a0 == CLOCK_THREAD_CPUTIME_ID)
		return -EINVAL;
	if (a1 & ~TIMER_ABSTIME)
		return -EINVAL;
	return sleep_common(a0, a1 & TIMER_ABSTIME, (void *)a2, (void *)a3);
}

/* POSIX timers */

static void ptimer_fire(struct ktimer *kt)
{
	struct ptimer *t = (struct ptimer *)kt;
	/* timer_getoverrun: expirations merged into a signal not yet delivered; a fresh signal resets it */
	if (t->notify == SIGEV_SIGNAL_) {
		if (signal_raise(t->signo, SI_TIMER, t->value, t - ptimers, 0))
			t->overrun++;
		else
			t->overrun = 0;
	}
	if (t->interval) {
		uint64_t now = time_monotonic(), next = kt->deadline ? kt->deadline : now;
		ktimer_arm(kt, MAX(next, now) + t->interval);
	}
}

static struct ptimer *ptimer_get(long id) { return (id >= 0 && id < NTIMER && ptimers[id].used) ? &ptimers[id] : 0; }

SYSCALL(timer_create)
{
	struct ksigevent ev = {.signo = SIGALRM, .notify = SIGEV_SIGNAL_};
	if (!clock_valid(a0) || a0 == CLOCK_THREAD_CPUTIME_ID)
		return -EINVAL;
	if (a1 && copy_from_user(&ev, (void *)a1, sizeof(ev)))
		return -EFAULT;
	if (ev.notify != SIGEV_SIGNAL_ && ev.notify != SIGEV_NONE_ && ev.notify != (SIGEV_SIGNAL_ | SIGEV_THREAD_ID_))
		return -EINVAL;
	if (ev.notify == (SIGEV_SIGNAL_ | SIGEV_THREAD_ID_) && ev.tid != 1)
		return -EINVAL;
	if (ev.notify != SIGEV_NONE_ && (ev.signo < 1 || ev.signo > NSIG_LINUX))
		return -EINVAL;
	if (user_check((void *)a2, sizeof(int), true))
		return -EFAULT;
	for (int id = 0; id < NTIMER; id++)
		if (!ptimers[id].used) {
			struct ptimer *t = &ptimers[id];
			*t = (struct ptimer){
			        .used = true, .clock = a0, .signo = ev.signo, .notify = ev.notify & ~SIGEV_THREAD_ID_};
			t->value = a1 ? ev.value : (uint64_t)id;
			t->kt.fire = ptimer_fire;
			*(int *)a2 = id;
			return 0;
		}
	return -EAGAIN;
}

static struct itimerspec remaining(struct ptimer *t)
{
	uint64_t now = time_monotonic();
	struct itimerspec its = {0};
	uint64_t left = t->kt.deadline > now ? t->kt.deadline - now : (t->kt.deadline ? 1 : 0);
	its.it_value.tv_sec = left / NS, its.it_value.tv_nsec = left % NS;
	its.it_interval.tv_sec = t->interval / NS, its.it_interval.tv_nsec = t->interval % NS;
	return its;
}

SYSCALL(timer_settime)
{
	struct ptimer *t = ptimer_get(a0);
	struct __kernel_itimerspec its;
	if (!t)
		return -EINVAL;
	if (a1 & ~TIMER_ABSTIME)
		return -EINVAL;
	if (copy_from_user(&its, (void *)a2, sizeof(its)))
		return -EFAULT;
	uint64_t value, interval;
	if (its.it_value.tv_nsec < 0 || its.it_value.tv_nsec >= (long)NS || its.it_value.tv_sec < 0 ||
	    its.it_interval.tv_nsec < 0 || its.it_interval.tv_nsec >= (long)NS || its.it_interval.tv_sec < 0)
		return -EINVAL;
	value = its.it_value.tv_sec * NS + its.it_value.tv_nsec;
	interval = its.it_interval.tv_sec * NS + its.it_interval.tv_nsec;
	if (a3) {
		struct itimerspec old = remaining(t);
		if (copy_to_user((void *)a3, &old, sizeof(old)))
			return -EFAULT;
	}
	ktimer_cancel(&t->kt);
	t->interval = value ? interval : 0;
	if (value) {
		uint64_t now = clock_now(t->clock);
		uint64_t delta = (a1 & TIMER_ABSTIME) ? (value > now ? value - now : 0) : value;
		ktimer_arm(&t->kt, time_monotonic() + MAX(delta, 1));
	}
	return 0;
}

SYSCALL(timer_gettime)
{
	struct ptimer *t = ptimer_get(a0);
	if (!t)
		return -EINVAL;
	struct itimerspec its = remaining(t);
	return copy_to_user((void *)a1, &its, sizeof(its));
}

SYSCALL(timer_getoverrun)
{
	struct ptimer *t = ptimer_get(a0);
	return t ? (long)t->overrun : -EINVAL;
}

SYSCALL(timer_delete)
{
	struct ptimer *t = ptimer_get(a0);
	if (!t)
		return -EINVAL;
	ktimer_cancel(&t->kt);
	t->used = false;
	return 0;
}

/* setitimer(ITIMER_REAL) and alarm share one hidden timer that sends SIGALRM. */
static struct ptimer itimer_real = {.signo = SIGALRM, .notify = SIGEV_SIGNAL_, .kt.fire = ptimer_fire};

SYSCALL(getitimer)
{
	if (a0 < 0 || a0 > 2)
		return -EINVAL;
	struct itimerspec its = a0 == 0 ? remaining(&itimer_real) : (struct itimerspec){0};
	struct __kernel_old_itimerval v = {{its.it_interval.tv_sec, its.it_interval.tv_nsec / 1000},
	                                   {its.it_value.tv_sec, its.it_value.tv_nsec / 1000}};
	return copy_to_user((void *)a1, &v, sizeof(v));
}

SYSCALL(setitimer)
{
	struct __kernel_old_itimerval v;
	if (a0 < 0 || a0 > 2)
		return -EINVAL;
	if (a1 && copy_from_user(&v, (void *)a1, sizeof(v)))
		return -EFAULT;
	if (a1 && (v.it_value.tv_usec < 0 || v.it_value.tv_usec >= 1000000 || v.it_interval.tv_usec < 0 ||
	           v.it_interval.tv_usec >= 1000000 || v.it_value.tv_sec < 0 || v.it_interval.tv_sec < 0))
		return -EINVAL;
	if (a2 && sys_getitimer(a0, a2, 0, 0, 0, 0))
		return -EFAULT;
	if (a0 != 0 || !a1)
		return 0; /* virtual and profiling timers never fire: CPU time is not accounted */
	uint64_t value = v.it_value.tv_sec * NS + v.it_value.tv_usec * 1000;
	ktimer_cancel(&itimer_real.kt);
	itimer_real.interval = value ? v.it_interval.tv_sec * NS + v.it_interval.tv_usec * 1000 : 0;
	if (value)
		ktimer_arm(&itimer_real.kt, time_monotonic() + value);
	return 0;
}

SYSCALL(alarm)
{
	struct itimerspec left = remaining(&itimer_real);
	ktimer_cancel(&itimer_real.kt);
	itimer_real.interval = 0;
	if (a0)
		ktimer_arm(&itimer_real.kt, time_monotonic() + (uint64_t)a0 * NS);
	return left.it_value.tv_sec + (left.it_value.tv_nsec ? 1 : 0);
}
