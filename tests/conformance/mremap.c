/* mremap.c: mremap shrink, grow in place, grow by moving (contents kept, old range gone), MREMAP_FIXED, errors. */
#define _GNU_SOURCE
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "conformance.h"

#define PG 4096ul
#define RW (PROT_READ | PROT_WRITE)
#define ANON (MAP_PRIVATE | MAP_ANONYMOUS)

static int mapped(void *p, size_t len) { return mprotect(p, len, RW) == 0; }

static unsigned long checksum(const unsigned char *p, size_t n)
{
	unsigned long s = 0;
	for (size_t i = 0; i < n; i += 512)
		s = s * 31 + p[i];
	return s;
}

static void show_map(const char *what, void *p) { printf("%s: %s\n", what, p == MAP_FAILED ? errname(errno) : "ok"); }

int main(void)
{
	printf("-- shrink\n");
	char *p = mmap(NULL, 8 * PG, RW, ANON, -1, 0);
	memset(p, 's', 8 * PG);
	char *q = mremap(p, 8 * PG, 2 * PG, 0);
	YESNO("shrink stays in place", q == p);
	YESNO("the tail is unmapped", !mapped(p + 2 * PG, 6 * PG));
	printf("the head kept its bytes: %c %c\n", p[0], p[2 * PG - 1]);

	printf("-- grow in place\n");
	q = mremap(p, 2 * PG, 6 * PG, 0); /* the space after it is free now */
	YESNO("grow into free space stays in place", q == p);
	printf("old bytes kept: %c, new bytes zero: %d\n", p[2 * PG - 1], p[6 * PG - 1]);
	char *wall = mmap(p + 6 * PG, PG, PROT_READ, ANON | MAP_FIXED, -1, 0);
	show_map("map a page right after it", wall);
	show_map("grow into that page without MREMAP_MAYMOVE", mremap(p, 6 * PG, 8 * PG, 0));

	printf("-- grow by moving\n");
	size_t big = 4ul << 20;
	unsigned char *m = mmap(NULL, big, RW, ANON, -1, 0);
	for (size_t i = 0; i < big; i++)
		m[i] = (unsigned char)(i * 13 + (i >> 12));
	unsigned long before = checksum(m, big);
	/* Make sure the page after it is taken (it may already be), so growing must move. */
	char *fence = mmap(m + big, PG, PROT_READ, ANON | MAP_FIXED_NOREPLACE, -1, 0);
	YESNO("the page after the 4 MiB is taken", fence == (char *)m + big || errno == EEXIST);
	unsigned char *n = mremap(m, big, 2 * big, MREMAP_MAYMOVE);
	show_map("grow 4 MiB to 8 MiB with MREMAP_MAYMOVE", n);
	YESNO("it moved", n != m);
	YESNO("contents kept", checksum(n, big) == before);
	YESNO("the new half is zero", n[big] == 0 && n[2 * big - 1] == 0);
	YESNO("the old range is unmapped", !mapped(m, big));

	printf("-- MREMAP_FIXED\n");
	char *target = mmap(NULL, 4 * PG, PROT_NONE, ANON, -1, 0);
	char *src = mmap(NULL, 2 * PG, RW, ANON, -1, 0);
	strcpy(src, "moved with MREMAP_FIXED");
	char *f = mremap(src, 2 * PG, 2 * PG, MREMAP_MAYMOVE | MREMAP_FIXED, target + PG);
	YESNO("MREMAP_FIXED lands at the target", f == target + PG);
	printf("contents: '%s'\n", f);
	YESNO("the source is unmapped", !mapped(src, 2 * PG));
	YESNO("the rest of the old target is still there", mprotect(target, PG, PROT_READ) == 0);

	printf("-- errors\n");
	char *e = mmap(NULL, 2 * PG, RW, ANON, -1, 0);
	show_map("MREMAP_FIXED without MREMAP_MAYMOVE", mremap(e, PG, PG, MREMAP_FIXED, target));
	show_map("unknown flags", (void *)syscall(SYS_mremap, e, PG, 2 * PG, 0x100, 0));
	show_map("unaligned old address", mremap(e + 1, PG, 2 * PG, MREMAP_MAYMOVE));
	show_map("new size 0", mremap(e, PG, 0, MREMAP_MAYMOVE));
	munmap(e, 2 * PG);
	show_map("an unmapped old range", mremap(e, PG, 2 * PG, MREMAP_MAYMOVE));
	printf("mremap: done\n");
	return 0;
}
