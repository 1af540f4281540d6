/* brk.c: brk/sbrk: query, grow (zeroed), shrink, regrow (freed pages zero again), refusals keep the old break. */
#define _GNU_SOURCE
#include <stdint.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "conformance.h"

#define PG 4096ul

static char *brk_raw(void *want) { return (char *)syscall(SYS_brk, want); }

static int all_zero(const char *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (p[i])
			return 0;
	return 1;
}

int main(void)
{
	char *b0 = brk_raw(NULL);
	YESNO("brk(0) twice gives the same break", brk_raw(NULL) == b0);
	YESNO("sbrk(0) is the break", (char *)sbrk(0) == b0);

	char *b1 = brk_raw(b0 + 100000);
	YESNO("grow by 100000: the new break is exactly that", b1 == b0 + 100000);
	YESNO("the new memory is zero", all_zero(b0, 100000));
	memset(b0, 'b', 100000);
	printf("and writable: %c %c\n", b0[0], b0[99999]);

	char *b2 = brk_raw(b0 + 10);
	YESNO("shrink to 10 bytes past the start", b2 == b0 + 10);
	char *b3 = brk_raw(b0 + 100000);
	YESNO("grow back", b3 == b0 + 100000);
	char *released = (char *)(((uintptr_t)b0 + 10 + PG - 1) & ~(PG - 1)); /* first page given back */
	YESNO("whole pages given back read zero again", all_zero(released, (size_t)(b0 + 100000 - released)));
	printf("the first byte survived (its page was kept): %c\n", b0[0]);

	printf("-- refusals return the old break\n");
	YESNO("brk below the start", brk_raw((void *)4096) == b3);
	YESNO("brk into the kernel half", brk_raw((void *)0xffff800000000000ul) == b3);
	YESNO("brk 64 TiB up", brk_raw(b0 + (64ul << 40)) == b3);
	/* musl's sbrk() only answers sbrk(0); any other increment is ENOMEM without a system call. */
	errno = 0;
	void *s = sbrk(4096);
	printf("sbrk(4096): %s %s\n", s == (void *)-1 ? "(void *)-1" : "?", errname(errno));
	YESNO("the break did not move", (char *)sbrk(0) == b3);

	printf("-- a big heap\n");
	size_t big = 64ul << 20;
	char *start = sbrk(0);
	char *end = brk_raw(start + big);
	YESNO("grow by 64 MiB", end == start + big);
	unsigned long sum = 0;
	for (size_t off = 0; off < big; off += PG)
		start[off] = (char)(off / PG);
	for (size_t off = 0; off < big; off += PG)
		sum += (unsigned char)start[off];
	printf("touched every page, checksum %lu\n", sum);
	YESNO("shrink back to the start", brk_raw(b0) == b0);
	printf("brk: done\n");
	return 0;
}
