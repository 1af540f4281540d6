/* mmap_basic.c: anonymous mmap: zero-fill, MAP_FIXED, munmap splits, hints, NOREPLACE, SHARED/POPULATE, mincore. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "conformance.h"

#define PG 4096
#define RW (PROT_READ | PROT_WRITE)
#define ANON (MAP_PRIVATE | MAP_ANONYMOUS)

static int all_zero(const char *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (p[i])
			return 0;
	return 1;
}

static void show_map(const char *what, void *p)
{
	if (p == MAP_FAILED)
		printf("%s: MAP_FAILED %s\n", what, errname(errno));
	else
		printf("%s: ok\n", what);
}

static void residency(const char *what, void *p, size_t pages)
{
	unsigned char vec[16];
	char s[17];
	if (mincore(p, pages * PG, vec) < 0) {
		printf("%s: mincore %s\n", what, errname(errno));
		return;
	}
	for (size_t i = 0; i < pages; i++)
		s[i] = (vec[i] & 1) ? '1' : '0';
	s[pages] = 0;
	printf("%s: %s\n", what, s);
}

int main(void)
{
	printf("getpagesize: %d\n", getpagesize());
	char *p = mmap(NULL, 5 * PG, RW, ANON, -1, 0);
	show_map("mmap 5 pages", p);
	YESNO("page aligned", ((uintptr_t)p & (PG - 1)) == 0);
	YESNO("zero-filled", all_zero(p, 5 * PG));
	for (int i = 0; i < 5; i++)
		memset(p + i * PG, 'A' + i, PG);

	printf("-- MAP_FIXED over the middle page\n");
	char *m = mmap(p + 2 * PG, PG, RW, ANON | MAP_FIXED, -1, 0);
	YESNO("MAP_FIXED returns the address", m == p + 2 * PG);
	YESNO("the new page is zero", all_zero(m, PG));
	printf("neighbours kept: %c %c %c %c\n", p[0], p[PG], p[3 * PG], p[5 * PG - 1]);

	printf("-- munmap splits\n");
	SHOW("munmap the middle page", munmap(p + 2 * PG, PG));
	SHOW("mprotect across the hole", mprotect(p, 5 * PG, PROT_READ));
	SHOW("mprotect of the part before it", mprotect(p, 2 * PG, PROT_READ));
	printf("contents still there: %c %c\n", p[PG], p[4 * PG]);
	SHOW("munmap of a range already unmapped", munmap(p + 2 * PG, PG));
	SHOW("munmap across mapped and unmapped pages", munmap(p + PG, 3 * PG));
	SHOW("munmap everything left", munmap(p, 5 * PG));

	printf("-- hints and MAP_FIXED_NOREPLACE\n");
	char *r = mmap(NULL, 16 * PG, PROT_NONE, ANON, -1, 0);
	munmap(r, 16 * PG);
	char *h = mmap(r + 4 * PG, PG, RW, ANON, -1, 0);
	YESNO("a free hint is honoured", h == r + 4 * PG);
	char *nr = mmap(r + 8 * PG, PG, RW, ANON | MAP_FIXED_NOREPLACE, -1, 0);
	YESNO("MAP_FIXED_NOREPLACE on a free range", nr == r + 8 * PG);
	show_map("MAP_FIXED_NOREPLACE over a mapping", mmap(h, PG, RW, ANON | MAP_FIXED_NOREPLACE, -1, 0));
	char *nh = mmap(h, PG, RW, ANON, -1, 0);
	YESNO("a taken hint gives another address", nh != MAP_FAILED && nh != h);
	munmap(r, 16 * PG);
	SHOW("mincore of the range just unmapped", mincore(r, PG, (unsigned char[1]){0}));
	munmap(nh, PG);

	printf("-- MAP_SHARED, MAP_POPULATE, MAP_STACK, mincore\n");
	char *s = mmap(NULL, 2 * PG, RW, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	show_map("MAP_SHARED|MAP_ANONYMOUS", s);
	YESNO("zero and writable", all_zero(s, 2 * PG) && (s[PG] = 1) == 1);
	char *pop = mmap(NULL, 4 * PG, RW, ANON | MAP_POPULATE, -1, 0);
	show_map("MAP_POPULATE", pop);
	residency("populated pages", pop, 4);
	char *lazy = mmap(NULL, 4 * PG, RW, ANON, -1, 0);
	residency("untouched pages", lazy, 4);
	lazy[0] = 1;
	lazy[2 * PG + 7] = 1;
	unsigned char vec[4];
	mincore(lazy, 4 * PG, vec);
	/* Only touched pages are certain: HaLVM fills neighbouring pages on a fault (fault-around). */
	YESNO("touched pages 0 and 2 are resident", (vec[0] & 1) && (vec[2] & 1));
	show_map("MAP_STACK", mmap(NULL, 16 * PG, RW, ANON | MAP_STACK, -1, 0));

	printf("-- many small mappings\n");
	static char *many[1000];
	int ok = 1;
	for (int i = 0; i < 1000; i++) {
		many[i] = mmap(NULL, PG, i % 2 ? PROT_READ : RW, ANON, -1, 0);
		ok &= many[i] != MAP_FAILED;
	}
	for (int i = 0; i < 1000; i += 2)
		many[i][0] = (char)i;
	for (int i = 0; i < 1000; i++)
		ok &= munmap(many[i], PG) == 0;
	YESNO("1000 mappings made, touched and unmapped", ok);

	printf("-- errors\n");
	show_map("length 0", mmap(NULL, 0, RW, ANON, -1, 0));
	show_map("neither private nor shared", mmap(NULL, PG, RW, MAP_ANONYMOUS, -1, 0));
	show_map("MAP_FIXED at an unaligned address", mmap((void *)0x10000001, PG, RW, ANON | MAP_FIXED, -1, 0));
	show_map("raw mmap with an unaligned offset",
	         (void *)syscall(SYS_mmap, NULL, PG, RW, ANON, -1, 1)); /* musl checks it itself */
	show_map("no MAP_ANONYMOUS and fd -1", mmap(NULL, PG, RW, MAP_PRIVATE, -1, 0));
	int nul = open("/dev/null", O_RDWR);
	show_map("mapping /dev/null", mmap(NULL, PG, RW, MAP_PRIVATE, nul, 0));
	SHOW("munmap at an unaligned address", munmap((void *)0x10000001, PG));
	SHOW("munmap of length 0", munmap(lazy, 0));
	printf("mmap_basic: done\n");
	return 0;
}
