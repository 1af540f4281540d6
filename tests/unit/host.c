/* host.c: host-side stand-ins for the kernel services the unit-tested files call, and the test runner. */
#include <stdarg.h>
#include <stdint.h>
#include "host.h"

int checks_failed;
uint64_t pt_unmapped_pages, pt_protect_calls; /* what vma.c asked the page tables to do */
static unsigned char *arena;                  /* "physical memory" for frame.c: 64 MiB at phys 0 */
#define ARENA_SIZE (64ul << 20)

void *p2v(uint64_t pa)
{
	if (!arena)
		arena = aligned_alloc(4096, ARENA_SIZE);
	if (pa >= ARENA_SIZE) {
		printf("    p2v(%#lx) outside the fake RAM\n", (unsigned long)pa);
		abort();
	}
	return arena + pa;
}
uint64_t v2p(const void *va) { return (const unsigned char *)va - arena; }
void pt_unmap_range(uint64_t s, uint64_t e) { pt_unmapped_pages += (e - s) / 4096; }
void pt_protect_range(uint64_t s, uint64_t e, uint64_t f) { (void)s, (void)e, (void)f, pt_protect_calls++; }
uint64_t prot_to_pte(int prot) { return prot; }
void kprintf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
}
void panic_at(const char *file, int line, const char *fmt, ...)
{
	printf("    kernel panic at %s:%d: %s\n", file, line, fmt);
	abort();
}

/* Run every test, or only those named on the command line; one PASS/FAIL line each. */
int run_tests(const char *suite, const struct test *t, int n, int argc, char **argv)
{
	int failed = 0, ran = 0;
	for (int i = 0; i < n; i++) {
		int want = argc < 2;
		for (int a = 1; a < argc; a++)
			want |= !strcmp(argv[a], t[i].name);
		if (!want)
			continue;
		int before = checks_failed;
		t[i].fn();
		ran++;
		int ok = checks_failed == before;
		failed += !ok;
		printf("%s %s/%s\n", ok ? "PASS" : "FAIL", suite, t[i].name);
	}
	return failed ? 1 : (ran ? 0 : 2);
}
