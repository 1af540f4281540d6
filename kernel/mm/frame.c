/*
 * frame.c: the physical page-frame allocator. RAM arrives as ranges from the
 * boot memory map; frames are handed out from those ranges in address order
 * (O(1) set-up however large the guest), and freed frames go on a free list
 * threaded through the frames themselves, reached through the physmap.
 * Single CPU and no allocation from interrupt context, so no locking.
 */
#include "defs.h"

#define NRANGE 64

static struct {
	uint64_t next, end;
} ranges[NRANGE];
static int nranges, cur;
static uint64_t free_list; /* physical address of the first freed frame, 0 = empty */
static uint64_t nfree, ntotal, top;

void frame_add_range(uint64_t start, uint64_t end)
{
	start = ALIGN_UP(start, PAGE_SIZE);
	end = ALIGN_DOWN(end, PAGE_SIZE);
	if (start == 0)
		start = PAGE_SIZE; /* 0 means "no frame" */
	if (end <= start || nranges == NRANGE)
		return;
	ranges[nranges].next = start;
	ranges[nranges].end = end;
	nranges++;
	nfree += (end - start) / PAGE_SIZE;
	ntotal += (end - start) / PAGE_SIZE;
	top = MAX(top, end);
}

/* The end of the highest RAM range: guest-physical addresses above it hold no RAM. */
uint64_t frame_phys_top(void) { return top; }

uint64_t frame_alloc_nozero(void)
{
	uint64_t pa = 0;
	if (free_list) {
		pa = free_list;
		free_list = *(uint64_t *)p2v(pa);
	} else {
		while (cur < nranges && ranges[cur].next >= ranges[cur].end)
			cur++;
		if (cur == nranges)
			return 0;
		pa = ranges[cur].next;
		ranges[cur].next += PAGE_SIZE;
	}
	nfree--;
	return pa;
}

uint64_t frame_alloc(void)
{
	uint64_t pa = frame_alloc_nozero();
	if (pa)
		memset(p2v(pa), 0, PAGE_SIZE);
	return pa;
}

void frame_free(uint64_t pa)
{
	assert(pa && (pa & (PAGE_SIZE - 1)) == 0);
	*(uint64_t *)p2v(pa) = free_list;
	free_list = pa;
	nfree++;
}

uint64_t frame_free_count(void) { return nfree; }
uint64_t frame_total_count(void) { return ntotal; }
