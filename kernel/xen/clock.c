/*
 * clock.c: time on Xen. The shared-info page is placed at a frame of ours with
 * XENMEM_add_to_physmap; vCPU 0's vcpu_time_info in it is a pvclock (pvclock.c) for
 * CLOCK_MONOTONIC, and wc_sec/wc_nsec give the wall clock at Xen's system time 0.
 */
#include "xen.h"

static volatile struct shared_info *shared;
static uint64_t clock0; /* pvclock reading at boot: our monotonic clock starts near 0 */

void xen_clock_init(void)
{
	uint64_t pa = frame_alloc();
	if (!pa)
		panic("no frame for the Xen shared-info page");
	struct xen_add_to_physmap x = {
	        .domid = DOMID_SELF, .space = XENMAPSPACE_shared_info, .idx = 0, .gpfn = pa >> PAGE_SHIFT};
	if (xen_hypercall(__HYPERVISOR_memory_op, XENMEM_add_to_physmap, (uint64_t)&x, 0))
		panic("XENMEM_add_to_physmap(shared_info) failed");
	shared = p2v(pa);
	clock0 = pvclock_read_ns(&shared->vcpu_info[0].time);
}

volatile struct shared_info *xen_shared_info(void) { return shared; }

uint64_t xen_clock_ns(void) { return pvclock_read_ns(&shared->vcpu_info[0].time) - clock0; }

/* Xen system time (what hypercalls take as absolute deadlines) at our clock's `ns`. */
uint64_t xen_system_time_of(uint64_t ns) { return ns + clock0; }

uint64_t xen_wallclock_base(void)
{
	uint32_t v;
	uint64_t sec, nsec;
	do {
		v = shared->wc_version;
		__asm__ volatile("lfence" ::: "memory");
		sec = shared->wc_sec | ((uint64_t)shared->wc_sec_hi << 32);
		nsec = shared->wc_nsec;
		__asm__ volatile("lfence" ::: "memory");
	} while ((v & 1) || v != shared->wc_version);
	/* wall time at Xen system time 0, shifted to our clock's 0 */
	return sec * 1000000000ull + nsec + clock0;
}
