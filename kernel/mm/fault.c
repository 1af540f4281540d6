/*
 * fault.c: demand paging and the kernel's checked access to program memory.
 * A page fault inside a VMA that permits the access gets a zeroed frame; any
 * other fault is the program's (SIGSEGV) or a kernel bug. System calls check
 * program pointers against the VMAs first (user_check), which also faults the
 * pages in, so a bad pointer is -EFAULT and never a kernel fault.
 */
#include <asm/mman.h>
#include "defs.h"

static bool allowed(const struct vma *v, bool write, bool exec)
{
	if (write)
		return v->prot & PROT_WRITE;
	if (exec)
		return v->prot & PROT_EXEC;
	return v->prot & (PROT_READ | PROT_WRITE | PROT_EXEC);
}

/*
 * Fault-around: after serving a fault, also fill the following not-yet-present pages of the
 * same VMA, up to FAULT_AROUND pages, aligned to that many. Programs touch fresh memory
 * sequentially (GHC's heap, musl's malloc), and every trap avoided matters most under TCG,
 * where one page fault costs microseconds. Never for uncharged memory (stack,
 * MAP_NORESERVE): those pages are not guaranteed frames, so they are only taken on touch.
 */
#define FAULT_AROUND 16

static void fault_around(const struct vma *v, uint64_t page)
{
	if (!vma_is_charged(v))
		return;
	uint64_t end = MIN(v->end, ALIGN_DOWN(page, FAULT_AROUND * PAGE_SIZE) + FAULT_AROUND * PAGE_SIZE);
	for (uint64_t p = page + PAGE_SIZE; p < end; p += PAGE_SIZE) {
		if (pt_lookup(p) & (PTE_P | PTE_ADDR))
			break;
		uint64_t pa = frame_alloc();
		if (!pa)
			return;
		if (pt_map(p, pa, prot_to_pte(v->prot))) {
			frame_free(pa);
			return;
		}
	}
}

/*
 * QEMU's TCG sizes its software TLB (256 entries at first) only when the guest flushes it, and a
 * HaLVM program alone never flushes (one address space, no context switches), so beyond 1 MiB
 * of working set most page changes cost a TLB refill (about 120 ns, a page walk in QEMU); Linux
 * guests flush on every context switch and system call. Flush once each time the frames in use
 * reach a new high mark, 1.5 times the last: QEMU then doubles its TLB while it is mostly in use.
 * A few dozen flushes in a program's life, cheap on KVM and Xen too.
 */
static void tlb_grow_hint(void)
{
	static uint64_t mark = 256;
	uint64_t used = frame_total_count() - frame_free_count();
	if (used < mark)
		return;
	while (mark <= used)
		mark += mark / 2;
	pt_flush_all();
}

/* 0 when the access may now proceed; -EFAULT for a bad access; -ENOMEM when no frame is left. */
int vm_fault(uint64_t addr, bool write, bool exec)
{
	struct vma *v = vma_find(addr);
	if (!v || !allowed(v, write, exec))
		return -EFAULT;
	uint64_t page = ALIGN_DOWN(addr, PAGE_SIZE), pte = pt_lookup(page);
	if (v->flags & VMA_IMAGE)
		return (pte & PTE_P) ? 0 : -EFAULT;
	uint64_t pa = pte & PTE_ADDR;
	if (!pa) {
		pa = frame_alloc();
		if (!pa)
			return -ENOMEM;
	}
	if (pt_map(page, pa, prot_to_pte(v->prot))) {
		if (!(pte & PTE_ADDR))
			frame_free(pa);
		return -ENOMEM;
	}
	if (!(pte & PTE_ADDR)) {
		fault_around(v, page);
		tlb_grow_hint();
	}
	return 0;
}

static bool page_ready(uint64_t page, bool write)
{
	uint64_t pte = pt_lookup(page);
	return (pte & PTE_P) && (!write || (pte & PTE_W));
}

int user_check(const void *p, size_t len, bool write)
{
	uint64_t a = (uint64_t)p;
	if (len == 0)
		return 0;
	if (a + len < a || a + len > USER_TOP)
		return -EFAULT;
	for (uint64_t page = ALIGN_DOWN(a, PAGE_SIZE); page < a + len; page += PAGE_SIZE) {
		struct vma *v = vma_find(page);
		if (!v || !allowed(v, write, false))
			return -EFAULT;
		if (!page_ready(page, write) && vm_fault(page, write, false))
			return -EFAULT;
	}
	return 0;
}

/* Length of a NUL-terminated program string, -EFAULT, or -ENAMETOOLONG past max. */
int user_strlen(const char *s, size_t max)
{
	uint64_t a = (uint64_t)s;
	size_t n = 0;
	for (;;) {
		if (user_check((const void *)(a + n), 1, false))
			return -EFAULT;
		uint64_t page_end = ALIGN_DOWN(a + n, PAGE_SIZE) + PAGE_SIZE;
		for (; a + n < page_end; n++) {
			if (s[n] == 0)
				return n;
			if (n >= max)
				return -ENAMETOOLONG;
		}
	}
}

int copy_from_user(void *dst, const void *src, size_t n)
{
	if (user_check(src, n, false))
		return -EFAULT;
	memcpy(dst, src, n);
	return 0;
}

int copy_to_user(void *dst, const void *src, size_t n)
{
	if (user_check(dst, n, true))
		return -EFAULT;
	memcpy(dst, src, n);
	return 0;
}

/* MADV_DONTNEED: free the frames; the next touch sees zeroes. Image pages are left alone. */
void vm_discard(uint64_t start, uint64_t end)
{
	for (uint64_t a = start; a < end;) {
		struct vma *v = vma_find(a);
		if (!v) {
			a += PAGE_SIZE;
			continue;
		}
		uint64_t hi = MIN(end, v->end);
		if (!(v->flags & VMA_IMAGE))
			pt_unmap_range(a, hi);
		a = hi;
	}
}
