/* getrandom.c: getrandom sizes and flags, draws differ, byte statistics look random, getentropy limits, errors. */
#define _GNU_SOURCE
#include <string.h>
#include <sys/random.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "conformance.h"

static unsigned char big[1 << 20];

int main(void)
{
	unsigned char a[32], b[32];
	SHOW("getrandom 32 bytes", getrandom(a, sizeof a, 0));
	SHOW("getrandom 32 bytes, GRND_NONBLOCK", getrandom(b, sizeof b, GRND_NONBLOCK));
	YESNO("two draws differ", memcmp(a, b, sizeof a) != 0);
	SHOW("getrandom 32 bytes, GRND_RANDOM", getrandom(b, sizeof b, GRND_RANDOM));
	SHOW("getrandom 32 bytes, GRND_RANDOM|GRND_NONBLOCK", getrandom(b, sizeof b, GRND_RANDOM | GRND_NONBLOCK));
	SHOW("getrandom 0 bytes", getrandom(a, 0, 0));
	SHOW("getrandom 1 byte", getrandom(a, 1, 0));
	SHOW("getrandom 1 MiB", getrandom(big, sizeof big, 0));

	/* 1 MiB of good random bytes: every value shows up, and about half the bits are set. */
	long count[256] = {0}, bits = 0;
	for (size_t i = 0; i < sizeof big; i++) {
		count[big[i]]++;
		bits += __builtin_popcount(big[i]);
	}
	int seen = 0;
	long lo = count[0], hi = count[0];
	for (int v = 0; v < 256; v++) {
		seen += count[v] > 0;
		lo = count[v] < lo ? count[v] : lo;
		hi = count[v] > hi ? count[v] : hi;
	}
	double frac = (double)bits / (8.0 * sizeof big);
	printf("all 256 byte values seen: %s\n", seen == 256 ? "yes" : "no");
	printf("each value within 15%% of 4096 times: %s\n", lo > 3481 && hi < 4711 ? "yes" : "no");
	printf("fraction of set bits in [0.49, 0.51]: %s\n", frac > 0.49 && frac < 0.51 ? "yes" : "no");
	int same = 0;
	for (size_t i = 0; i + 16 <= sizeof big; i += 16)
		same += memcmp(big + i, big, 16) == 0;
	printf("no repeated 16-byte block at the start: %s\n", same == 1 ? "yes" : "no");

	printf("-- getentropy\n");
	unsigned char e[257];
	SHOW("getentropy 256", getentropy(e, 256));
	SHOW("getentropy 257", getentropy(e, 257));

	printf("-- errors\n");
	SHOW("getrandom with unknown flags", getrandom(a, 1, 0x1000));
	SHOW("raw getrandom into a bad pointer", syscall(SYS_getrandom, (void *)8, 16, 0));
	SHOW("raw getrandom into a read-only string", syscall(SYS_getrandom, (void *)"constant", 4, 0));
	printf("getrandom: done\n");
	return 0;
}
