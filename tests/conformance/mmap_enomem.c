/* mmap_enomem.c: exhaustion is ENOMEM from mmap/brk/mremap/malloc, never a crash; freed memory is usable again. */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "conformance.h"

#define GIB (1ul << 30)
#define TIB (1ul << 40)
#define RW (PROT_READ | PROT_WRITE)
#define ANON (MAP_PRIVATE | MAP_ANONYMOUS)

static void show_map(const char *what, void *p)
{
	printf("%s: %s\n", what, p == MAP_FAILED ? errname(errno) : "mapped");
}

static char *chunks[200000];

int main(void)
{
	show_map("mmap 64 TiB read-write", mmap(NULL, 64 * TIB, RW, ANON, -1, 0));
	show_map("mmap 64 TiB read-write, MAP_SHARED", mmap(NULL, 64 * TIB, RW, MAP_SHARED | MAP_ANONYMOUS, -1, 0));
	errno = 0;
	void *m = malloc(64 * TIB);
	printf("malloc 64 TiB: %s %s\n", m ? "succeeded" : "NULL", errname(errno));
	errno = 0;
	volatile size_t huge = TIB; /* volatile: keep the compiler from judging the call */
	m = calloc(huge, huge);
	printf("calloc with an overflowing size: %s %s\n", m ? "succeeded" : "NULL", errname(errno));
	errno = 0;
	void *b = sbrk((intptr_t)(64 * TIB));
	printf("sbrk 64 TiB: %s %s\n", b == (void *)-1 ? "failed" : "succeeded", errname(errno));
	char *small = mmap(NULL, 4096, RW, ANON, -1, 0);
	show_map("mremap one page to 64 TiB", mremap(small, 4096, 64 * TIB, MREMAP_MAYMOVE));
	small[0] = 1;
	printf("the page is still there: %d\n", small[0]);

	/* 1 GiB at a time, never touched: HaLVM runs out of memory to charge at once, Linux
	 * (heuristic overcommit) out of address space after about 128 TiB. Both say ENOMEM. */
	int n = 0, err = 0;
	while (n < 200000) {
		char *c = mmap(NULL, GIB, RW, ANON, -1, 0);
		if (c == MAP_FAILED) {
			err = errno;
			break;
		}
		chunks[n++] = c;
	}
	printf("1 GiB mappings until one fails: it fails with %s\n", errname(err));
	for (int i = 0; i < n; i++)
		munmap(chunks[i], GIB);

	size_t len = 64ul << 20;
	char *big = mmap(NULL, len, RW, ANON, -1, 0);
	show_map("afterwards, mmap 64 MiB", big);
	if (big != MAP_FAILED) {
		for (size_t off = 0; off < len; off += 4096)
			big[off] = (char)(off >> 12);
		long sum = 0;
		for (size_t off = 0; off < len; off += 4096)
			sum += (unsigned char)big[off];
		printf("touched every page, checksum %ld\n", sum);
		munmap(big, len);
	}
	void *p = malloc(10 << 20);
	printf("malloc 10 MiB afterwards: %s\n", p ? "ok" : "NULL");
	free(p);
	printf("mmap_enomem: done\n");
	return 0;
}
