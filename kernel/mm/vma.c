/*
 * vma.c: the program's virtual address space as a sorted array of regions
 * (VMAs). mmap/munmap/mprotect/brk/mremap are built on vma_map, vma_unmap and
 * vma_protect. Pages are not allocated here: fault.c fills them on first
 * touch. What is allocated is commit charge: writable private mappings count
 * against vm_commit_limit (strict accounting, like Linux
 * overcommit_memory=2), except MAP_NORESERVE ones, the stack and the image,
 * so a mapping either gets ENOMEM now or is guaranteed its frames later.
 *
 * Every operation checks for free slots and charge before it changes
 * anything, so a failure leaves the address space as it was.
 */
#include <asm/mman.h>
#include "defs.h"

#define VMA_NORESERVE_MASK (VMA_IMAGE | VMA_STACK | VMA_NORESERVE)

static struct vma vmas[NVMA];
static int nvma;
uint64_t vm_commit_limit, vm_committed;

static uint64_t charge_of(uint64_t start, uint64_t end, int prot, int flags)
{
	if (!(prot & PROT_WRITE) || (flags & VMA_NORESERVE_MASK))
		return 0;
	return (end - start) / PAGE_SIZE;
}

static uint64_t vma_charge(const struct vma *v) { return charge_of(v->start, v->end, v->prot, v->flags); }

int vma_count(void) { return nvma; }
bool vma_is_charged(const struct vma *v) { return vma_charge(v) != 0; }

void vma_reset(void)
{
	nvma = 0;
	vm_committed = 0;
}

/* Index of the first VMA whose end is above addr (nvma if none). */
static int lower_bound(uint64_t addr)
{
	int lo = 0, hi = nvma;
	while (lo < hi) {
		int mid = (lo + hi) / 2;
		if (vmas[mid].end <= addr)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

struct vma *vma_find(uint64_t addr)
{
	int i = lower_bound(addr);
	return (i < nvma && vmas[i].start <= addr) ? &vmas[i] : 0;
}

bool vma_range_free(uint64_t start, uint64_t end)
{
	int i = lower_bound(start);
	return i == nvma || vmas[i].start >= end;
}

static void insert_at(int i, struct vma v)
{
	memmove(&vmas[i + 1], &vmas[i], (nvma - i) * sizeof(vmas[0]));
	vmas[i] = v;
	nvma++;
}

static void remove_at(int i, int count)
{
	memmove(&vmas[i], &vmas[i + count], (nvma - i - count) * sizeof(vmas[0]));
	nvma -= count;
}

/* Split the VMA containing addr (if any) so that addr becomes a boundary. */
static void split_at(uint64_t addr)
{
	int i = lower_bound(addr);
	if (i == nvma || vmas[i].start >= addr)
		return;
	struct vma hi = vmas[i];
	hi.start = addr;
	vmas[i].end = addr;
	insert_at(i + 1, hi);
}

static void merge_around(uint64_t start, uint64_t end)
{
	int i = lower_bound(start);
	if (i > 0)
		i--;
	while (i + 1 < nvma && vmas[i].start < end + PAGE_SIZE) {
		struct vma *a = &vmas[i], *b = &vmas[i + 1];
		if (a->end == b->start && a->prot == b->prot && a->flags == b->flags && !(a->flags & VMA_IMAGE)) {
			a->end = b->end;
			remove_at(i + 1, 1);
		} else
			i++;
	}
}

/* Charge currently held by VMAs inside [start, end) (partial overlaps counted by pages). */
static uint64_t charge_in(uint64_t start, uint64_t end)
{
	uint64_t c = 0;
	for (int i = lower_bound(start); i < nvma && vmas[i].start < end; i++)
		c += charge_of(MAX(start, vmas[i].start), MIN(end, vmas[i].end), vmas[i].prot, vmas[i].flags);
	return c;
}

static bool slots_for(int extra) { return nvma + extra <= NVMA; }

static void remove_range(uint64_t start, uint64_t end)
{
	split_at(start);
	split_at(end);
	int i = lower_bound(start), j = i;
	while (j < nvma && vmas[j].start < end) {
		vm_committed -= vma_charge(&vmas[j]);
		j++;
	}
	remove_at(i, j - i);
	pt_unmap_range(start, end);
}

int vma_unmap(uint64_t start, uint64_t end)
{
	if (!slots_for(1))
		return -ENOMEM;
	remove_range(start, end);
	return 0;
}

int vma_map(uint64_t start, uint64_t end, int prot, int flags)
{
	if (!slots_for(3))
		return -ENOMEM;
	uint64_t add = charge_of(start, end, prot, flags), drop = charge_in(start, end);
	if (vm_committed - drop + add > vm_commit_limit)
		return -ENOMEM;
	remove_range(start, end);
	insert_at(lower_bound(start), (struct vma){start, end, prot, flags});
	vm_committed += add;
	merge_around(start, end);
	return 0;
}

int vma_protect(uint64_t start, uint64_t end, int prot)
{
	if (!slots_for(2))
		return -ENOMEM;
	/* The whole range must be mapped (Linux: ENOMEM otherwise). */
	uint64_t at = start, add = 0, drop = 0;
	for (int i = lower_bound(start); at < end; i++) {
		if (i == nvma || vmas[i].start > at)
			return -ENOMEM;
		uint64_t lo = MAX(start, vmas[i].start), hi = MIN(end, vmas[i].end);
		drop += charge_of(lo, hi, vmas[i].prot, vmas[i].flags);
		add += charge_of(lo, hi, prot, vmas[i].flags);
		at = vmas[i].end;
	}
	if (vm_committed - drop + add > vm_commit_limit)
		return -ENOMEM;
	split_at(start);
	split_at(end);
	for (int i = lower_bound(start); i < nvma && vmas[i].start < end; i++)
		vmas[i].prot = prot;
	vm_committed = vm_committed - drop + add;
	pt_protect_range(start, end, prot_to_pte(prot));
	merge_around(start, end);
	return 0;
}

/* A free range of len bytes: at hint if that is free, else the highest gap below MMAP_TOP. */
uint64_t vma_find_free(uint64_t len, uint64_t hint)
{
	if (len == 0 || len > MMAP_TOP - MMAP_BOTTOM)
		return 0;
	if (hint >= MMAP_MIN_ADDR && hint + len > hint && hint + len <= USER_TOP && !(hint & (PAGE_SIZE - 1)) &&
	    vma_range_free(hint, hint + len))
		return hint;
	uint64_t top = MMAP_TOP;
	int k = lower_bound(MMAP_TOP);
	if (k < nvma && vmas[k].start < top)
		top = vmas[k].start;
	for (int i = k - 1; i >= -1; i--) {
		uint64_t floor = i >= 0 ? MAX(vmas[i].end, MMAP_BOTTOM) : MMAP_BOTTOM;
		if (top >= floor && top - floor >= len)
			return top - len;
		if (i < 0 || vmas[i].start <= MMAP_BOTTOM)
			return 0;
		top = vmas[i].start;
	}
	return 0;
}

void vma_dump(void)
{
	for (int i = 0; i < nvma; i++)
		kprintf("  %016lx-%016lx %c%c%c %s%s\n", vmas[i].start, vmas[i].end,
		        vmas[i].prot & PROT_READ ? 'r' : '-', vmas[i].prot & PROT_WRITE ? 'w' : '-',
		        vmas[i].prot & PROT_EXEC ? 'x' : '-',
		        vmas[i].flags & VMA_IMAGE   ? "image"
		        : vmas[i].flags & VMA_STACK ? "stack"
		                                    : "anon",
		        vma_charge(&vmas[i]) ? "" : " (uncharged)");
}
