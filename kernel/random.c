/*
 * random.c: random bytes for AT_RANDOM and getrandom(). RDRAND when the CPU
 * has it; otherwise a xorshift generator seeded from the TSC, which is
 * unpredictable enough for hash seeds but not for cryptography (documented in
 * docs/syscalls.md under getrandom).
 */
#include "defs.h"
#include "x86.h"

static uint64_t state;

static bool rdrand(uint64_t *v)
{
	unsigned char ok;
	for (int i = 0; i < 10; i++) {
		__asm__ volatile("rdrand %0; setc %1" : "=r"(*v), "=qm"(ok));
		if (ok)
			return true;
	}
	return false;
}

static uint64_t next(void)
{
	uint64_t v;
	if ((cpu_features_ecx & (1u << 30)) && rdrand(&v))
		return v;
	if (!state)
		state = rdtsc() * 0x9e3779b97f4a7c15ull | 1;
	state ^= state << 13;
	state ^= state >> 7;
	state ^= state << 17;
	return state ^ rdtsc();
}

void random_bytes(void *buf, size_t n)
{
	unsigned char *p = buf;
	while (n) {
		uint64_t v = next();
		size_t k = MIN(n, sizeof(v));
		memcpy(p, &v, k);
		p += k;
		n -= k;
	}
}
