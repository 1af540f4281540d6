/*
 * pvclock.c: reading a paravirtual clock page (struct vcpu_time_info from
 * the Xen public headers; KVM's kvmclock uses the same layout). The
 * hypervisor updates it under a version counter, odd while an update is in
 * progress, so reads retry until they see one stable even version.
 */
#include "defs.h"
#include <xen/xen.h>
#include "x86.h"

uint64_t pvclock_read_ns(const volatile struct vcpu_time_info *t)
{
	uint32_t v;
	uint64_t ns;
	do {
		v = t->version;
		__asm__ volatile("lfence" ::: "memory");
		uint64_t delta = rdtsc() - t->tsc_timestamp;
		if (t->tsc_shift >= 0)
			delta <<= t->tsc_shift;
		else
			delta >>= -t->tsc_shift;
		ns = t->system_time + (uint64_t)(((unsigned __int128)delta * t->tsc_to_system_mul) >> 32);
		__asm__ volatile("lfence" ::: "memory");
	} while ((v & 1) || v != t->version);
	return ns;
}

uint64_t pvclock_tsc_hz(const volatile struct vcpu_time_info *t)
{
	uint64_t hz = (1000000000ull << 32) / t->tsc_to_system_mul;
	return t->tsc_shift >= 0 ? hz >> t->tsc_shift : hz << -t->tsc_shift;
}
