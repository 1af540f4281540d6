/* madvise.c: MADV_DONTNEED zero-fills private anonymous memory again (ranges, PROT_NONE), advice values, errors. */
#define _GNU_SOURCE
#include <string.h>
#include <sys/mman.h>

#include "conformance.h"

#define PG 4096
#define RW (PROT_READ | PROT_WRITE)
#define ANON (MAP_PRIVATE | MAP_ANONYMOUS)

static int count(const char *p, size_t n, char c)
{
	int k = 0;
	for (size_t i = 0; i < n; i++)
		k += p[i] == c;
	return k;
}

int main(void)
{
	char *p = mmap(NULL, 8 * PG, RW, ANON, -1, 0);
	memset(p, 'x', 8 * PG);
	SHOW("DONTNEED pages 2-3", madvise(p + 2 * PG, 2 * PG, MADV_DONTNEED));
	unsigned char vec[8];
	mincore(p, 8 * PG, vec); /* before anything reads them again */
	printf("resident: page 1 %d, pages 2-3 %d %d, page 4 %d\n", vec[1] & 1, vec[2] & 1, vec[3] & 1, vec[4] & 1);
	printf("zero bytes now: %d (of %d), 'x' bytes: %d\n", count(p, 8 * PG, 0), 8 * PG, count(p, 8 * PG, 'x'));
	printf("pages 1 and 4 untouched: %c %c\n", p[2 * PG - 1], p[4 * PG]);
	p[2 * PG] = 'y';
	printf("writable again: %c, rest of that page zero: %s\n", p[2 * PG],
	       count(p + 2 * PG + 1, PG - 1, 0) == PG - 1 ? "yes" : "no");
	SHOW("DONTNEED everything", madvise(p, 8 * PG, MADV_DONTNEED));
	printf("zero bytes now: %d\n", count(p, 8 * PG, 0));

	printf("-- on PROT_NONE\n");
	memset(p, 'z', PG);
	mprotect(p, PG, PROT_NONE);
	SHOW("DONTNEED a PROT_NONE page", madvise(p, PG, MADV_DONTNEED));
	mprotect(p, PG, RW);
	printf("after RW again it reads zero: %s\n", count(p, PG, 0) == PG ? "yes" : "no");

	printf("-- MADV_FREE and advisory values\n");
	memset(p, 'f', PG);
	SHOW("MADV_FREE", madvise(p, PG, MADV_FREE));
	p[0] = 'g'; /* contents of a freed page are unspecified until written; a write sticks */
	printf("written after MADV_FREE: %c\n", p[0]);
	SHOW("MADV_NORMAL", madvise(p, 8 * PG, MADV_NORMAL));
	SHOW("MADV_RANDOM", madvise(p, 8 * PG, MADV_RANDOM));
	SHOW("MADV_SEQUENTIAL", madvise(p, 8 * PG, MADV_SEQUENTIAL));
	SHOW("MADV_WILLNEED", madvise(p, 8 * PG, MADV_WILLNEED));
	SHOW("MADV_DONTFORK", madvise(p, 8 * PG, MADV_DONTFORK));
	SHOW("MADV_DOFORK", madvise(p, 8 * PG, MADV_DOFORK));
	SHOW("MADV_DONTDUMP", madvise(p, 8 * PG, MADV_DONTDUMP));
	printf("advice changes nothing: %c\n", p[0]);

	printf("-- errors\n");
	SHOW("unaligned address", madvise(p + 1, PG, MADV_DONTNEED));
	SHOW("length 0", madvise(p, 0, MADV_DONTNEED));
	SHOW("unknown advice", madvise(p, PG, 999));
	munmap(p + 4 * PG, PG);
	SHOW("DONTNEED over a hole", madvise(p, 8 * PG, MADV_DONTNEED));
	SHOW("DONTNEED of an unmapped page", madvise(p + 4 * PG, PG, MADV_DONTNEED));
	SHOW("WILLNEED of an unmapped page", madvise(p + 4 * PG, PG, MADV_WILLNEED));
	printf("madvise: done\n");
	return 0;
}
