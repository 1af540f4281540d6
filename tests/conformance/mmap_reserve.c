/* mmap_reserve.c: GHC's pattern: reserve 1 TiB PROT_NONE|MAP_NORESERVE, commit MAP_FIXED pieces, decommit. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

int main(void)
{
	size_t tib = 1ul << 40;
	char *base = mmap((void *)0x4200000000, tib, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	printf("reserve 1 TiB: %s, at hint: %s\n", base != MAP_FAILED ? "ok" : strerror(errno),
	       base == (char *)0x4200000000 ? "yes" : "no");
	for (int i = 0; i < 8; i++) {
		char *p = mmap(base + ((size_t)i << 20), 1 << 20, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
		if (p != base + ((size_t)i << 20))
			printf("commit %d failed\n", i);
		memset(p, i + 1, 1 << 20);
	}
	long sum = 0;
	for (size_t off = 0; off < (8u << 20); off += 4096)
		sum += base[off];
	printf("committed 8 MiB, sum %ld\n", sum);
	printf("madvise DONTNEED: %d\n", madvise(base, 1 << 20, MADV_DONTNEED));
	printf("after DONTNEED reads %d\n", base[100]);
	printf("decommit to PROT_NONE: %d\n", (int)(mmap(base + (1 << 20), 1 << 20, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED | MAP_NORESERVE, -1, 0) == MAP_FAILED));
	char *far = base + tib - 4096;
	printf("commit the last page: %s\n", mmap(far, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) == far ? "ok" : "failed");
	far[4095] = 7;
	printf("last byte %d\n", far[4095]);
	printf("munmap 1 TiB: %d\n", munmap(base, tib));
	return 0;
}
