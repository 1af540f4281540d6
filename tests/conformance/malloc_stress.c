/* malloc_stress.c: musl's malloc over brk/mmap/mremap: seeded malloc/realloc/free/calloc mix, big blocks, alignment. */
#define _GNU_SOURCE
#include <malloc.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "conformance.h"

#define SLOTS 512

static uint32_t seed = 12345;
static uint32_t next(void) /* a fixed generator, not rand(), so the sequence is ours */
{
	seed = seed * 1103515245u + 12345u;
	return seed >> 8;
}

static unsigned char *slot[SLOTS];
static size_t size[SLOTS];
static unsigned char tag[SLOTS];

static int intact(int i)
{
	for (size_t k = 0; k < size[i]; k += 97)
		if (slot[i][k] != tag[i])
			return 0;
	return size[i] == 0 || slot[i][size[i] - 1] == tag[i];
}

int main(void)
{
	int bad = 0, calloc_dirty = 0;
	for (int op = 0; op < 20000; op++) {
		int i = (int)(next() % SLOTS);
		uint32_t r = next();
		size_t want = (r % 16 == 0) ? 4096 + next() % 300000 : 1 + next() % 2000; /* some big ones */
		if (slot[i] && !intact(i))
			bad++;
		switch (r % 4) {
		case 0:
		case 1:
			free(slot[i]);
			slot[i] = malloc(want);
			break;
		case 2: {
			unsigned char *n = realloc(slot[i], want);
			if (n && slot[i] && size[i] &&
			    !(n[0] == tag[i] && n[(want < size[i] ? want : size[i]) - 1] == tag[i]))
				bad++;
			slot[i] = n;
			break;
		}
		case 3:
			free(slot[i]);
			slot[i] = calloc(1, want);
			for (size_t k = 0; slot[i] && k < want; k += 61)
				calloc_dirty += slot[i][k] != 0;
			break;
		}
		if (!slot[i]) {
			bad++;
			continue;
		}
		size[i] = want;
		tag[i] = (unsigned char)(op & 0xff);
		memset(slot[i], tag[i], want);
	}
	for (int i = 0; i < SLOTS; i++) {
		if (slot[i] && !intact(i))
			bad++;
		free(slot[i]);
	}
	printf("20000 operations: corrupted or failed %d, dirty calloc bytes %d\n", bad, calloc_dirty);

	printf("-- big blocks\n");
	int ok = 1;
	for (int round = 0; round < 8; round++) {
		size_t n = (size_t)(round + 1) << 22; /* 4 MiB .. 32 MiB */
		unsigned char *b = malloc(n);
		ok &= b != NULL;
		if (!b)
			break;
		b[0] = 1, b[n / 2] = 2, b[n - 1] = 3;
		b = realloc(b, n * 2);
		ok &= b && b[0] == 1 && b[n / 2] == 2 && b[n - 1] == 3;
		free(b);
	}
	YESNO("malloc/realloc/free of 4..32 MiB blocks", ok);

	printf("-- alignment\n");
	void *a = aligned_alloc(4096, 10000);
	YESNO("aligned_alloc(4096)", a && ((uintptr_t)a & 4095) == 0);
	void *pm = NULL;
	int rc = posix_memalign(&pm, 65536, 100);
	YESNO("posix_memalign(65536)", rc == 0 && ((uintptr_t)pm & 65535) == 0);
	printf("posix_memalign with a bad alignment: %s\n", errname(posix_memalign(&pm, 3, 100)));
	void *s = malloc(100);
	YESNO("malloc_usable_size >= 100", malloc_usable_size(s) >= 100);
	YESNO("malloc results are 16-byte aligned", ((uintptr_t)s & 15) == 0);
	free(a);
	free(s);
	printf("malloc_stress: done\n");
	return 0;
}
