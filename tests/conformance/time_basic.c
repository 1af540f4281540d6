/* time_basic.c: clock_gettime/clock_getres on every clock, monotonicity, gettimeofday/time, CPU clocks, errors. */
#define _GNU_SOURCE
#include <sys/syscall.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include "conformance.h"

static double ts(clockid_t c)
{
	struct timespec t;
	clock_gettime(c, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static const struct {
	clockid_t id;
	const char *name;
	int fine; /* a high-resolution clock: res <= 1 ms */
} clocks[] = {
        {CLOCK_REALTIME, "CLOCK_REALTIME", 1},
        {CLOCK_MONOTONIC, "CLOCK_MONOTONIC", 1},
        {CLOCK_MONOTONIC_RAW, "CLOCK_MONOTONIC_RAW", 1},
        {CLOCK_BOOTTIME, "CLOCK_BOOTTIME", 1},
        {CLOCK_REALTIME_COARSE, "CLOCK_REALTIME_COARSE", 0},
        {CLOCK_MONOTONIC_COARSE, "CLOCK_MONOTONIC_COARSE", 0},
        {CLOCK_PROCESS_CPUTIME_ID, "CLOCK_PROCESS_CPUTIME_ID", 1},
        {CLOCK_THREAD_CPUTIME_ID, "CLOCK_THREAD_CPUTIME_ID", 1},
};

int main(void)
{
	for (unsigned i = 0; i < sizeof clocks / sizeof clocks[0]; i++) {
		struct timespec t = {-1, -1}, r = {-1, -1};
		int g = clock_gettime(clocks[i].id, &t);
		int s = clock_getres(clocks[i].id, &r);
		int sane = g == 0 && t.tv_sec >= 0 && t.tv_nsec >= 0 && t.tv_nsec < 1000000000;
		int res_ok = s == 0 && r.tv_sec == 0 && r.tv_nsec > 0 && (!clocks[i].fine || r.tv_nsec <= 1000000);
		printf("%-25s gettime ok: %s, getres ok: %s\n", clocks[i].name, sane ? "yes" : "no",
		       res_ok ? "yes" : "no");
	}
	struct timespec raw;
	SHOW("raw clock_gettime(CLOCK_MONOTONIC)", syscall(SYS_clock_gettime, CLOCK_MONOTONIC, &raw));
	SHOW("raw clock_getres(CLOCK_MONOTONIC, NULL)", syscall(SYS_clock_getres, CLOCK_MONOTONIC, NULL));

	printf("-- monotonicity\n");
	int back = 0, back_raw = 0;
	double last = ts(CLOCK_MONOTONIC), last_raw = ts(CLOCK_MONOTONIC_RAW);
	for (int i = 0; i < 5000; i++) {
		double now = ts(CLOCK_MONOTONIC), now_raw = ts(CLOCK_MONOTONIC_RAW);
		back += now < last;
		back_raw += now_raw < last_raw;
		last = now;
		last_raw = now_raw;
	}
	printf("CLOCK_MONOTONIC went backwards: %d times, CLOCK_MONOTONIC_RAW: %d times\n", back, back_raw);
	double mono = ts(CLOCK_MONOTONIC), boot = ts(CLOCK_BOOTTIME);
	YESNO("CLOCK_BOOTTIME >= CLOCK_MONOTONIC", boot >= mono);
	double r0 = ts(CLOCK_REALTIME), m0 = ts(CLOCK_MONOTONIC);
	double t0 = mono_now();
	while (mono_now() - t0 < 0.1)
		;
	double dr = ts(CLOCK_REALTIME) - r0, dm = ts(CLOCK_MONOTONIC) - m0;
	YESNO("realtime and monotonic advance alike over 100 ms (within 50 ms)", dr - dm < 0.05 && dm - dr < 0.05);

	printf("-- wall clock\n");
	double now = ts(CLOCK_REALTIME);
	YESNO("CLOCK_REALTIME is after 2020 and before 2100", now > 1577836800.0 && now < 4102444800.0);
	struct timeval tv;
	SHOW("gettimeofday", gettimeofday(&tv, NULL));
	double g = (double)tv.tv_sec + (double)tv.tv_usec / 1e6;
	YESNO("gettimeofday agrees with CLOCK_REALTIME (within 1 s)", g - now < 1 && now - g < 1);
	YESNO("tv_usec in range", tv.tv_usec >= 0 && tv.tv_usec < 1000000);
	struct timeval rtv;
	SHOW("raw gettimeofday", syscall(SYS_gettimeofday, &rtv, NULL));
	YESNO("raw gettimeofday agrees", rtv.tv_sec - tv.tv_sec <= 1 && rtv.tv_sec >= tv.tv_sec);
	time_t t1 = time(NULL), t2 = 0;
	time_t t3 = (time_t)syscall(SYS_time, &t2);
	YESNO("time() agrees", t1 - (time_t)now <= 1 && t1 >= (time_t)now);
	YESNO("raw time() returns and stores the same value", t3 == t2 && t3 >= t1 && t3 - t1 <= 1);

	printf("-- CPU time\n");
	t0 = mono_now(); /* first, so that the CPU time measured below is inside this wall time */
	double c0 = ts(CLOCK_PROCESS_CPUTIME_ID), th0 = ts(CLOCK_THREAD_CPUTIME_ID);
	volatile double x = 0;
	while (ts(CLOCK_PROCESS_CPUTIME_ID) - c0 < 0.02 && mono_now() - t0 < 5)
		x += 1;
	double c1 = ts(CLOCK_PROCESS_CPUTIME_ID), th1 = ts(CLOCK_THREAD_CPUTIME_ID);
	YESNO("process CPU time advances by 20 ms in a busy loop (within 5 s)", c1 - c0 >= 0.02);
	YESNO("thread CPU time advanced about as much (>= 15 ms)", th1 - th0 >= 0.015);
	YESNO("CPU time never exceeds the wall time passed (+10 ms)", c1 - c0 <= mono_now() - t0 + 0.01);
	clockid_t cpu;
	SHOW_RC("clock_getcpuclockid(0)", clock_getcpuclockid(0, &cpu));
	struct timespec ct;
	SHOW("clock_gettime on it", clock_gettime(cpu, &ct));
	SHOW_RC("clock_getcpuclockid(getpid())", clock_getcpuclockid(getpid(), &cpu));
	SHOW("clock_gettime on it", clock_gettime(cpu, &ct));

	printf("-- errors\n");
	struct timespec bad;
	SHOW("clock_gettime(1234)", clock_gettime(1234, &bad));
	SHOW("clock_getres(1234)", clock_getres(1234, &bad));
	SHOW("raw clock_gettime into a bad pointer", syscall(SYS_clock_gettime, CLOCK_MONOTONIC, (void *)8));
	SHOW("raw clock_getres into a bad pointer", syscall(SYS_clock_getres, CLOCK_MONOTONIC, (void *)8));
	SHOW("raw gettimeofday into a bad pointer", syscall(SYS_gettimeofday, (void *)8, NULL));
	SHOW("raw time into a bad pointer", syscall(SYS_time, (void *)8));
	printf("time_basic: done\n");
	return 0;
}
