/* clock_sync.c: measures this domain's CLOCK_REALTIME against dom0's, NTP-style, over XenStore. Each round writes
 * data/clock-ping = i and waits for clock_peer (dom0) to answer data/clock-pong = "i dom0_ns"; the round with the
 * shortest round trip gives offset = dom0 - midpoint, known to within half that round trip. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

long halvm_xenstore_read(const char *path, char *buf, unsigned long size);
long halvm_xenstore_write(const char *path, const char *value);
long halvm_xenstore_watch(const char *path, const char *token);
long halvm_xenstore_watch_wait(char *buf, unsigned long size, unsigned long long timeout_ns);

#define ROUNDS 20

static long long realtime_ns(void)
{
	struct timespec t;
	clock_gettime(CLOCK_REALTIME, &t);
	return t.tv_sec * 1000000000ll + t.tv_nsec;
}

int main(void)
{
	char buf[128];
	if (halvm_xenstore_watch("data/clock-pong", "pong") < 0) {
		printf("watch failed\n");
		return 1;
	}
	halvm_xenstore_watch_wait(buf, sizeof buf, 1000000000ull); /* a new watch fires once at once */
	halvm_xenstore_write("data/clock-ready", "1");
	long long best_rtt = -1, offset = 0;
	int answered = 0;
	for (int i = 1; i <= ROUNDS; i++) {
		char ping[16];
		snprintf(ping, sizeof ping, "%d", i);
		long long t1 = realtime_ns(), td = 0;
		halvm_xenstore_write("data/clock-ping", ping);
		int idx = 0;
		while (idx != i) {
			if (halvm_xenstore_watch_wait(buf, sizeof buf, 5000000000ull) < 0)
				break;
			if (halvm_xenstore_read("data/clock-pong", buf, sizeof buf) > 0)
				sscanf(buf, "%d %lld", &idx, &td);
		}
		long long t2 = realtime_ns();
		if (idx != i)
			continue;
		answered++;
		if (best_rtt < 0 || t2 - t1 < best_rtt) {
			best_rtt = t2 - t1;
			offset = td - (t1 + t2) / 2;
		}
	}
	printf("rounds answered: %d of %d\n", answered, ROUNDS);
	if (!answered)
		return 1;
	printf("clock vs dom0: offset %+.3f ms, uncertainty +-%.3f ms (best round trip %.3f ms)\n", offset / 1e6,
	       best_rtt / 2e6, best_rtt / 1e6);
	long long err = llabs(offset) - best_rtt / 2; /* how far apart the clocks must at least be */
	printf("clocks within 10 ms of each other: %s\n", err <= 10000000 ? "yes" : "no");
	return 0;
}
