/*
 * timer.c: the Xen timer. One-shot deadlines go to Xen with VCPUOP_set_singleshot_timer, in
 * Xen system time (the pvclock's time base, so our clock plus the boot offset); Xen signals
 * expiry as VIRQ_TIMER on an event channel, which the upcall (evtchn.c) turns into
 * time_interrupt(). No emulated device is involved, and an idle vCPU halts until then.
 *
 * Flags stay 0, not VCPU_SSHOTTMR_future: a deadline already past then fires at once instead
 * of failing with -ETIME, which would leave nothing armed and the domain asleep for good.
 */
#include "platform.h"
#include "xen.h"
#include <xen/vcpu.h>

static unsigned timer_port;

bool xen_timer_init(void)
{
	struct evtchn_bind_virq b = {.virq = VIRQ_TIMER, .vcpu = 0};
	long r = xen_hypercall(__HYPERVISOR_event_channel_op, EVTCHNOP_bind_virq, (uint64_t)&b, 0);
	if (r) {
		klog(LOG_WARN, "cannot bind VIRQ_TIMER (%ld): using the emulated local APIC timer\n", r);
		return false;
	}
	timer_port = b.port;
	xen_evtchn_set_handler(timer_port, time_interrupt);
	xen_evtchn_unmask(timer_port);
	/* Probe the call once (stop is harmless): a hypervisor refusing it keeps the LAPIC timer. */
	r = xen_hypercall(__HYPERVISOR_vcpu_op, VCPUOP_stop_singleshot_timer, 0, 0);
	if (r) {
		klog(LOG_WARN, "VCPUOP_stop_singleshot_timer failed (%ld): using the local APIC timer\n", r);
		return false;
	}
	return true;
}

void xen_timer_arm(uint64_t deadline_ns)
{
	if (!deadline_ns) {
		xen_hypercall(__HYPERVISOR_vcpu_op, VCPUOP_stop_singleshot_timer, 0, 0);
		return;
	}
	struct vcpu_set_singleshot_timer t = {.timeout_abs_ns = xen_system_time_of(deadline_ns), .flags = 0};
	long r = xen_hypercall(__HYPERVISOR_vcpu_op, VCPUOP_set_singleshot_timer, 0, (uint64_t)&t);
	if (r)
		panic("VCPUOP_set_singleshot_timer(%lu) failed: %ld", (unsigned long)t.timeout_abs_ns, r);
}
