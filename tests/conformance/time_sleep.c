/* time_sleep.c: clocks (monotonic never backwards, realtime sane), resolutions, nanosleep/clock_nanosleep accuracy. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <sys/time.h>
#include <time.h>

static double ts(clockid_t c)
{
	struct timespec t;
	clock_gettime(c, &t);
	return t.tv_sec + t.tv_nsec / 1e9;
}

int main(void)
{
	double last = ts(CLOCK_MONOTONIC);
	int backwards = 0;
	for (int i = 0; i < 10000; i++) {
		double now = ts(CLOCK_MONOTONIC);
		backwards += now < last;
		last = now;
	}
	printf("monotonic went backwards: %d times\n", backwards);
	printf("realtime after 2020 and before 2100: %s\n", ts(CLOCK_REALTIME) > 1577836800 && ts(CLOCK_REALTIME) < 4102444800 ? "yes" : "no");
	struct timeval tv;
	gettimeofday(&tv, 0);
	printf("gettimeofday agrees with CLOCK_REALTIME within 1 s: %s\n", tv.tv_sec - ts(CLOCK_REALTIME) < 1 && ts(CLOCK_REALTIME) - tv.tv_sec < 2 ? "yes" : "no");
	printf("time() agrees: %s\n", time(0) - (time_t)ts(CLOCK_REALTIME) <= 1 ? "yes" : "no");
	clockid_t clocks[] = {CLOCK_REALTIME, CLOCK_MONOTONIC, CLOCK_MONOTONIC_RAW, CLOCK_BOOTTIME, CLOCK_PROCESS_CPUTIME_ID, CLOCK_MONOTONIC_COARSE};
	for (unsigned i = 0; i < sizeof clocks / sizeof clocks[0]; i++) {
		struct timespec r;
		int ok = clock_getres(clocks[i], &r) == 0 && r.tv_sec == 0 && r.tv_nsec > 0 && r.tv_nsec <= 10000000;
		printf("clock %d: getres ok %d, gettime ok %d\n", (int)clocks[i], ok, ts(clocks[i]) >= 0);
	}
	clockid_t cpu;
	struct timespec ct;
	printf("clock_getcpuclockid(0): %d, gettime on it: %d\n", clock_getcpuclockid(0, &cpu), clock_gettime(cpu, &ct));
	struct timespec bad;
	printf("bad clock id: %d %s\n", clock_gettime(1234, &bad), errno == EINVAL ? "EINVAL" : "?");
	double t0 = ts(CLOCK_MONOTONIC);
	struct timespec d = {0, 50000000};
	nanosleep(&d, 0);
	double slept = ts(CLOCK_MONOTONIC) - t0;
	printf("nanosleep 50 ms: at least 50 ms %s, under 1 s %s\n", slept >= 0.05 ? "yes" : "no", slept < 1 ? "yes" : "no");
	struct timespec abs;
	clock_gettime(CLOCK_MONOTONIC, &abs);
	abs.tv_nsec += 30000000;
	if (abs.tv_nsec >= 1000000000)
		abs.tv_sec++, abs.tv_nsec -= 1000000000;
	t0 = ts(CLOCK_MONOTONIC);
	printf("clock_nanosleep absolute: %d\n", clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &abs, 0));
	slept = ts(CLOCK_MONOTONIC) - t0;
	printf("  woke at or after the deadline: %s\n", ts(CLOCK_MONOTONIC) >= abs.tv_sec + abs.tv_nsec / 1e9 - 1e-9 && slept < 1 ? "yes" : "no");
	struct timespec neg = {-1, 0};
	printf("negative sleep: %d %s\n", nanosleep(&neg, 0), errno == EINVAL ? "EINVAL" : "?");
	return 0;
}
