/*
 * grant.c: grant tables, version 1: letting another domain map pages of ours. The first
 * grant-table frame is placed at a frame of ours with XENMEM_add_to_physmap
 * (XENMAPSPACE_grant_table); entries 0-7 are the toolstack's (console, XenStore), so ours
 * start at GNTTAB_NR_RESERVED_ENTRIES. Granting writes domid and frame, then, after a
 * barrier, the flags; ending access fails with -EBUSY while the peer still has it mapped.
 */
#include "xen.h"
#include <xen/grant_table.h>
#include "x86.h"

#define NREFS (PAGE_SIZE / sizeof(struct grant_entry_v1)) /* one frame: 512 entries */

static volatile struct grant_entry_v1 *table;

static long grant_init(void)
{
	if (table)
		return 0;
	uint64_t pa = frame_alloc();
	if (!pa)
		return -ENOMEM;
	struct xen_add_to_physmap x = {
	        .domid = DOMID_SELF, .space = XENMAPSPACE_grant_table, .idx = 0, .gpfn = pa >> PAGE_SHIFT};
	if (xen_hypercall(__HYPERVISOR_memory_op, XENMEM_add_to_physmap, (uint64_t)&x, 0)) {
		frame_free(pa);
		return -ENOSYS;
	}
	table = p2v(pa);
	return 0;
}

/* Grant domid access to the page holding addr (a page of program memory); the ref, or -errno. */
long halvm_grant_access(int domid, const void *addr, int readonly)
{
	uint64_t flags = xen_api_enter();
	long r = grant_init();
	uint64_t page = ALIGN_DOWN((uint64_t)addr, PAGE_SIZE);
	if (!r && user_check((void *)page, PAGE_SIZE, !readonly))
		r = -EFAULT; /* also makes sure the page has a frame */
	if (!r) {
		r = -ENOSPC;
		for (unsigned ref = GNTTAB_NR_RESERVED_ENTRIES; ref < NREFS; ref++)
			if (table[ref].flags == 0 && table[ref].frame == 0) {
				table[ref].domid = domid;
				table[ref].frame = (pt_lookup(page) & PTE_ADDR) >> PAGE_SHIFT;
				__asm__ volatile("sfence" ::: "memory");
				table[ref].flags = GTF_permit_access | (readonly ? GTF_readonly : 0);
				r = ref;
				break;
			}
	}
	return xen_api_leave(flags, r);
}

/* Withdraw a grant: 0, -EBUSY while the peer still maps it, -EINVAL for a bad ref. */
long halvm_grant_end(unsigned ref)
{
	if (!table || ref < GNTTAB_NR_RESERVED_ENTRIES || ref >= NREFS)
		return -EINVAL;
	uint16_t f = table[ref].flags;
	if (f & (GTF_reading | GTF_writing))
		return -EBUSY;
	/* Clear the flags only if Xen has not started a mapping meanwhile. */
	if (!__atomic_compare_exchange_n(&table[ref].flags, &f, 0, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST))
		return -EBUSY;
	table[ref].frame = 0;
	return 0;
}
