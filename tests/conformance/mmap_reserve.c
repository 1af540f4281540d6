/* mmap_reserve.c: GHC's pattern: reserve 1 TiB PROT_NONE|MAP_NORESERVE, commit with MAP_FIXED, decommit, recommit. */
#define _GNU_SOURCE
#include <string.h>
#include <sys/mman.h>

#include "conformance.h"

#define MIB (1ul << 20)
#define TIB (1ul << 40)
#define ANON (MAP_PRIVATE | MAP_ANONYMOUS)

int main(void)
{
	char *hint = (char *)0x4200000000ul; /* where GHC asks for its heap */
	char *base = mmap(hint, TIB, PROT_NONE, ANON | MAP_NORESERVE, -1, 0);
	printf("reserve 1 TiB at GHC's hint: %s, at the hint: %s\n", base != MAP_FAILED ? "ok" : errname(errno),
	       base == hint ? "yes" : "no");
	if (base == MAP_FAILED)
		return 1;

	int ok = 1;
	for (int i = 0; i < 8; i++) {
		char *want = base + (size_t)i * MIB;
		char *p = mmap(want, MIB, PROT_READ | PROT_WRITE, ANON | MAP_FIXED, -1, 0);
		ok &= p == want;
		if (p == want)
			memset(p, i + 1, MIB);
	}
	printf("commit 8 x 1 MiB with MAP_FIXED: %s\n", ok ? "ok" : "failed");
	long sum = 0;
	for (size_t off = 0; off < 8 * MIB; off += 4096)
		sum += base[off];
	printf("sum of one byte per page: %ld\n", sum);

	SHOW("madvise DONTNEED the first MiB", madvise(base, MIB, MADV_DONTNEED));
	printf("it reads zero: %d %d\n", base[0], base[MIB - 1]);
	char *dec = mmap(base + MIB, MIB, PROT_NONE, ANON | MAP_FIXED | MAP_NORESERVE, -1, 0);
	printf("decommit the second MiB to PROT_NONE: %s\n", dec == base + MIB ? "ok" : errname(errno));
	char *rec = mmap(base + MIB, MIB, PROT_READ | PROT_WRITE, ANON | MAP_FIXED, -1, 0);
	printf("recommit it: %s, reads zero: %s\n", rec == base + MIB ? "ok" : errname(errno),
	       rec[12345] == 0 ? "yes" : "no");
	printf("the third MiB kept its bytes: %d\n", base[2 * MIB + 999]);

	char *far = base + TIB - 4096;
	char *last = mmap(far, 4096, PROT_READ | PROT_WRITE, ANON | MAP_FIXED, -1, 0);
	printf("commit the very last page: %s\n", last == far ? "ok" : errname(errno));
	far[4095] = 7;
	printf("last byte: %d\n", far[4095]);
	SHOW("mprotect a PROT_NONE piece to RW", mprotect(base + 100 * MIB, MIB, PROT_READ | PROT_WRITE));
	base[100 * MIB] = 1;
	printf("written: %d\n", base[100 * MIB]);
	SHOW("munmap the whole 1 TiB", munmap(base, TIB));

	printf("-- more reservations\n");
	char *r[4];
	ok = 1;
	for (int i = 0; i < 4; i++) {
		r[i] = mmap(NULL, TIB, PROT_NONE, ANON | MAP_NORESERVE, -1, 0);
		ok &= r[i] != MAP_FAILED;
	}
	printf("4 more 1 TiB reservations without a hint: %s\n", ok ? "ok" : errname(errno));
	for (int i = 0; i < 4; i++)
		munmap(r[i], TIB);
	char *none = mmap(NULL, TIB, PROT_NONE, ANON, -1, 0);
	printf("1 TiB PROT_NONE without MAP_NORESERVE (never charged): %s\n",
	       none != MAP_FAILED ? "ok" : errname(errno));
	SHOW("mprotect all of it to RW (cannot be charged)", mprotect(none, TIB, PROT_READ | PROT_WRITE));
	SHOW("mprotect 1 MiB of it to RW", mprotect(none, MIB, PROT_READ | PROT_WRITE));
	none[0] = 1;
	SHOW("munmap it", munmap(none, TIB));
	char *nr = mmap(NULL, TIB, PROT_READ | PROT_WRITE, ANON | MAP_NORESERVE, -1, 0);
	printf("1 TiB RW with MAP_NORESERVE: %s\n", nr != MAP_FAILED ? "ok" : errname(errno));
	nr[0] = 1;
	nr[TIB / 2] = 2;
	printf("touch two far-apart pages: %d %d\n", nr[0], nr[TIB / 2]);
	SHOW("munmap it", munmap(nr, TIB));
	printf("mmap_reserve: done\n");
	return 0;
}
