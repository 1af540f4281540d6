/*
 * basics.c: the Xen tests' general-purpose guest (kept apart from the conformance programs so
 * that their output can evolve): argv[1] picks what it does.
 *   exit N    print and exit with N          args ...  print argv and GREETING
 *   cat       copy stdin, then count bytes    timer     timer signals in a busy loop
 *   clock     monotonic never backwards; nanosleep of 1-50 ms never short, median and worst overshoot printed
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static volatile int ticks;
static void on_tick(int sig) { ticks++; }

static double now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec + t.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
	const char *mode = argc > 1 ? argv[1] : "";
	if (!strcmp(mode, "exit")) {
		printf("exiting with %s\n", argv[2]);
		return atoi(argv[2]);
	}
	if (!strcmp(mode, "args")) {
		for (int i = 2; i < argc; i++)
			printf("argv[%d] = [%s]\n", i, argv[i]);
		printf("GREETING=%s\n", getenv("GREETING") ? getenv("GREETING") : "(unset)");
		return 0;
	}
	if (!strcmp(mode, "cat")) {
		char buf[512];
		long total = 0;
		ssize_t n;
		while ((n = read(0, buf, sizeof buf)) > 0) {
			write(1, buf, n);
			total += n;
		}
		printf("-- %ld bytes\n", total);
		return 0;
	}
	if (!strcmp(mode, "timer")) {
		signal(SIGALRM, on_tick);
		timer_t t;
		struct sigevent ev = {.sigev_notify = SIGEV_SIGNAL, .sigev_signo = SIGALRM};
		timer_create(CLOCK_MONOTONIC, &ev, &t);
		struct itimerspec its = {{0, 10000000}, {0, 10000000}};
		timer_settime(t, 0, &its, 0);
		double start = now();
		while (ticks < 10 && now() - start < 10)
			;
		printf("ticks during a busy loop: %s\n", ticks >= 10 ? ">= 10" : "too few");
		return 0;
	}
	if (!strcmp(mode, "clock")) {
		double last = now();
		int backwards = 0;
		for (int i = 0; i < 10000; i++) {
			double t = now();
			backwards += t < last;
			last = t;
		}
		/* Sleep accuracy: 20 sleeps of 1 to 50 ms; none may be short. The median overshoot is
		 * the kernel's accuracy; the worst one also holds whatever the host did to QEMU meanwhile. */
		static const int lengths[] = {1, 5, 20, 50};
		double worst = 0, overs[20];
		int short_sleeps = 0;
		for (int i = 0; i < 20; i++) {
			int ms = lengths[i % 4];
			double t0 = now();
			nanosleep(&(struct timespec){0, ms * 1000000L}, 0);
			double over = (now() - t0) * 1000 - ms;
			short_sleeps += over < 0;
			worst = over > worst ? over : worst;
			int j = i; /* insertion sort, for the median */
			for (; j > 0 && overs[j - 1] > over; j--)
				overs[j] = overs[j - 1];
			overs[j] = over;
		}
		printf("monotonic went backwards: %d times\n", backwards);
		printf("nanosleep 1-50 ms x20: %d short, median overshoot %.2f ms, worst %.2f ms\n", short_sleeps,
		       (overs[9] + overs[10]) / 2, worst);
		return 0;
	}
	if (!strcmp(mode, "prompt")) { /* interactive console input: a prompt, one line, an answer */
		char line[128];
		printf("name? ");
		fflush(stdout);
		if (!fgets(line, sizeof line, stdin))
			return 3;
		line[strcspn(line, "\n")] = 0;
		printf("hello, %s\n", line);
		return 0;
	}
	fprintf(stderr, "basics: unknown mode '%s'\n", mode);
	return 2;
}
