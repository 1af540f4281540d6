/* mmap_enomem.c: exhaustion is ENOMEM from mmap, never a crash; the program goes on afterwards. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

int main(void)
{
	void *p = mmap(0, 64ul << 40, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	printf("64 TiB read-write: %s\n", p == MAP_FAILED ? strerror(errno) : "mapped");
	void *q = malloc(1ul << 46);
	printf("malloc 64 TiB: %s\n", q ? "succeeded" : "NULL");
	void *r = mmap(0, 1 << 20, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	printf("1 MiB afterwards: %s\n", r == MAP_FAILED ? strerror(errno) : "ok");
	printf("mmap len 0: %s\n", mmap(0, 0, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0) == MAP_FAILED ? strerror(errno) : "?");
	printf("mmap bad prot: %s\n", mmap(0, 4096, 0x100, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0) == MAP_FAILED ? strerror(errno) : "?");
	printf("mmap no type: %s\n", mmap(0, 4096, PROT_READ, MAP_ANONYMOUS, -1, 0) == MAP_FAILED ? strerror(errno) : "?");
	printf("munmap unaligned: %s\n", munmap((char *)r + 1, 4096) ? strerror(errno) : "?");
	printf("MAP_FIXED_NOREPLACE over a mapping: %s\n",
	       mmap(r, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0) == MAP_FAILED ? strerror(errno) : "?");
	return 0;
}
