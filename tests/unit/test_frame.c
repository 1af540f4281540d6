/* test_frame.c: unit tests of kernel/mm/frame.c, the page-frame allocator, over a fake RAM arena. */
#include "defs.h"
#include "host.h"

static void alloc_all_then_free(void)
{
	frame_add_range(0x100000, 0x100000 + 16 * PAGE_SIZE);
	frame_add_range(0x200123, 0x204000); /* unaligned start: rounds up to 0x201000 */
	CHECK(frame_total_count() == 19);
	uint64_t got[32];
	int n = 0;
	uint64_t pa;
	while ((pa = frame_alloc()))
		got[n++] = pa;
	CHECK(n == 19);
	CHECK(frame_free_count() == 0);
	for (int i = 0; i < n; i++) {
		CHECK((got[i] & (PAGE_SIZE - 1)) == 0);
		for (int j = 0; j < i; j++)
			CHECK(got[i] != got[j]);
		CHECK((got[i] >= 0x100000 && got[i] < 0x110000) || (got[i] >= 0x201000 && got[i] < 0x204000));
	}
	memset(p2v(got[3]), 0xab, PAGE_SIZE);
	frame_free(got[3]);
	CHECK(frame_free_count() == 1);
	uint64_t again = frame_alloc();
	CHECK(again == got[3]);
	/* frame_alloc zeroes: no stale 0xab, and no free-list link left behind */
	unsigned char *p = p2v(again);
	int dirty = 0;
	for (unsigned i = 0; i < PAGE_SIZE; i++)
		dirty |= p[i];
	CHECK(dirty == 0);
	CHECK(frame_alloc() == 0); /* exhausted again */
}

static void zero_page_never_handed_out(void)
{
	uint64_t before = frame_total_count();
	frame_add_range(0, 2 * PAGE_SIZE); /* frame 0 means "none", so only one frame counts */
	CHECK(frame_total_count() == before + 1);
	uint64_t pa = frame_alloc();
	CHECK(pa == PAGE_SIZE);
}

int main(int argc, char **argv)
{
	static const struct test tests[] = {
	        {"alloc_all_then_free", alloc_all_then_free},
	        {"zero_page_never_handed_out", zero_page_never_handed_out},
	};
	return run_tests("frame", tests, 2, argc, argv);
}
