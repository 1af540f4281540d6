/*
 * grant.c: grant tables, version 1: letting another domain map pages of ours. The first
 * grant-table frame is placed at a frame of ours with XENMEM_add_to_physmap
 * (XENMAPSPACE_grant_table); entries 0-7 are the toolstack's (console, XenStore), so ours
 * start at GNTTAB_NR_RESERVED_ENTRIES. Granting writes domid and frame, then, after a
 * barrier, the flags; ending access fails with -EBUSY while the peer still has it mapped.
 *
 * Mapping another domain's grant (GNTTABOP_map_grant_ref): a PVH guest names a guest-physical
 * address, and Xen puts the foreign frame there in our physical map. We use a window of
 * MAP_SLOTS pages above all RAM (and above 4 GiB, clear of the MMIO hole), so no RAM frame
 * is ever displaced, and reach it through the kernel's physmap, write-back cached.
 */
#include "xen.h"
#include <xen/grant_table.h>
#include "x86.h"

#define NREFS (PAGE_SIZE / sizeof(struct grant_entry_v1)) /* one frame: 512 entries */
#define MAP_SLOTS 64

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

static struct {
	bool used;
	grant_handle_t handle;
} slots[MAP_SLOTS];

static uint64_t map_window(void) { return ALIGN_UP(MAX(frame_phys_top(), 1ull << 32), 1ull << 30); }

static long gnttab_errno(int16_t status)
{
	switch (status) {
	case GNTST_okay:
		return 0;
	case GNTST_bad_domain:
		return -ESRCH;
	case GNTST_bad_gntref:
	case GNTST_bad_handle:
		return -EINVAL;
	case GNTST_permission_denied:
		return -EACCES;
	case GNTST_no_device_space:
		return -ENOSPC;
	default:
		return -EIO;
	}
}

/*
 * Map page `ref` that domain domid granted us; *addr gets its address (readable, and writable
 * unless readonly). 0, or -ESRCH/-EINVAL/-EACCES (Xen refused), -ENOSPC (all slots in use).
 */
long halvm_grant_map(int domid, unsigned ref, int readonly, void **addr)
{
	uint64_t f = xen_api_enter();
	int i = 0;
	while (i < MAP_SLOTS && slots[i].used)
		i++;
	if (i == MAP_SLOTS)
		return xen_api_leave(f, -ENOSPC);
	uint64_t pa = map_window() + (uint64_t)i * PAGE_SIZE;
	struct gnttab_map_grant_ref op = {
	        .host_addr = pa, .flags = GNTMAP_host_map | (readonly ? GNTMAP_readonly : 0), .ref = ref, .dom = domid};
	long r = xen_hypercall(__HYPERVISOR_grant_table_op, GNTTABOP_map_grant_ref, (uint64_t)&op, 1);
	if (!r)
		r = gnttab_errno(op.status);
	if (!r) {
		slots[i].used = true;
		slots[i].handle = op.handle;
		*addr = kmap_ram(pa, PAGE_SIZE);
	}
	return xen_api_leave(f, r);
}

/* Undo halvm_grant_map: 0, or -EINVAL for an address it did not return. */
long halvm_grant_unmap(void *addr)
{
	uint64_t f = xen_api_enter(), base = map_window();
	uint64_t pa = v2p(addr), i = (pa - base) / PAGE_SIZE;
	if (pa < base || i >= MAP_SLOTS || pa % PAGE_SIZE || !slots[i].used)
		return xen_api_leave(f, -EINVAL);
	kunmap(pa, PAGE_SIZE); /* first: nothing may touch the frame once it is gone */
	struct gnttab_unmap_grant_ref op = {.host_addr = pa, .handle = slots[i].handle};
	long r = xen_hypercall(__HYPERVISOR_grant_table_op, GNTTABOP_unmap_grant_ref, (uint64_t)&op, 1);
	if (!r)
		r = gnttab_errno(op.status);
	slots[i].used = false;
	return xen_api_leave(f, r);
}
