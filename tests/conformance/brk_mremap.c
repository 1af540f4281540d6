/* brk_mremap.c: brk/sbrk growth and shrink, mremap grow in place / move / shrink, contents preserved. */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
	char *b0 = (char *)syscall(SYS_brk, 0);
	char *b1 = (char *)syscall(SYS_brk, b0 + 100000);
	printf("brk grew by 100000: %s\n", b1 == b0 + 100000 ? "yes" : "no");
	memset(b0, 'b', 100000);
	char *b2 = (char *)syscall(SYS_brk, b0 + 10);
	printf("brk shrank: %s, first byte %c\n", b2 == b0 + 10 ? "yes" : "no", b0[0]);
	char *b3 = (char *)syscall(SYS_brk, (char *)4096);
	printf("brk below start keeps the break: %s\n", b3 == b2 ? "yes" : "no");
	char *p = mmap(0, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	memset(p, 'm', 8192);
	char *q = mremap(p, 8192, 1 << 20, MREMAP_MAYMOVE);
	printf("mremap grow: %s, contents %s\n", q != MAP_FAILED ? "ok" : "failed", q[8191] == 'm' && q[0] == 'm' ? "kept" : "lost");
	q[(1 << 20) - 1] = 'e';
	char *r = mremap(q, 1 << 20, 4096, 0);
	printf("mremap shrink in place: %s, %c\n", r == q ? "yes" : "no", r[4095]);
	printf("mremap without MAYMOVE that cannot grow: %s\n", ({
		       char *a = mmap(0, 3 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		       munmap(a + 4096, 4096);
		       mmap(a + 8192, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
		       mremap(a, 4096, 3 * 4096, 0) == MAP_FAILED ? "ENOMEM" : "?";
	       }));
	void *s = sbrk(0);
	printf("sbrk(0) == brk: %s\n", (uintptr_t)s == (uintptr_t)syscall(SYS_brk, 0) ? "yes" : "no");
	return 0;
}
