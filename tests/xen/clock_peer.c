/* clock_peer.c: the dom0 side of clock_sync (built with libxenstore, runs in the test bed's dom0): answers each
 * data/clock-ping = i of domain DOMID with data/clock-pong = "i <dom0 CLOCK_REALTIME in ns>", ROUNDS times. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <xenstore.h>

int main(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "usage: clock_peer DOMID ROUNDS\n");
		return 2;
	}
	int rounds = atoi(argv[2]), last = 0;
	char ping[64], pong[64];
	snprintf(ping, sizeof ping, "/local/domain/%s/data/clock-ping", argv[1]);
	snprintf(pong, sizeof pong, "/local/domain/%s/data/clock-pong", argv[1]);
	struct xs_handle *h = xs_open(0);
	if (!h || !xs_watch(h, ping, "ping")) {
		perror("clock_peer: xenstore");
		return 1;
	}
	alarm(60);
	while (last < rounds) {
		unsigned n;
		char **ev = xs_read_watch(h, &n);
		free(ev);
		char *v = xs_read(h, XBT_NULL, ping, &n);
		int i = v ? atoi(v) : 0;
		free(v);
		if (i <= last)
			continue;
		struct timespec t;
		clock_gettime(CLOCK_REALTIME, &t);
		char val[64];
		snprintf(val, sizeof val, "%d %lld", i, t.tv_sec * 1000000000ll + t.tv_nsec);
		if (!xs_write(h, XBT_NULL, pong, val, strlen(val))) {
			perror("clock_peer: write");
			return 1;
		}
		last = i;
	}
	printf("peer: %d rounds\n", last);
	return 0;
}
