/*
 * evtchn.c: event channels (2-level ABI). Xen raises our upcall vector, set with
 * HVMOP_set_evtchn_upcall_vector, whenever a port becomes pending; the handler moves the
 * pending bits of the shared-info page into `fired` (so a waiter can see them even after
 * Xen cleared nothing) and acknowledges the local APIC. Waiting halts the CPU, so a
 * domain blocked on an event channel uses no CPU.
 *
 * The halvm_evtchn_* C API is exported to the program (docs/xen.md). It runs with
 * interrupts off except while halting (xen_api_enter, hypercall.c).
 */
#include "xen.h"
#include "x86.h"

#define VEC_XEN_UPCALL 0xf3
#define NPORTS 1024 /* ports tracked in `fired`; the 2-level ABI has 4096 */

static volatile uint64_t fired[NPORTS / 64];

/* Ports the kernel itself handles (the timer VIRQ): called from the upcall after the EOI. */
static struct {
	unsigned port;
	void (*fn)(void);
} handlers[4];
static int nhandlers;

void xen_evtchn_set_handler(unsigned port, void (*fn)(void))
{
	if (nhandlers == (int)ARRAY_SIZE(handlers) || port >= NPORTS)
		panic("xen_evtchn_set_handler: no room for port %u", port);
	handlers[nhandlers].port = port;
	handlers[nhandlers++].fn = fn;
}

static void upcall(struct trapframe *tf)
{
	volatile struct shared_info *s = xen_shared_info();
	volatile struct vcpu_info *v = &s->vcpu_info[0];
	v->evtchn_upcall_pending = 0;
	uint64_t sel = __atomic_exchange_n(&v->evtchn_pending_sel, 0, __ATOMIC_SEQ_CST);
	while (sel) {
		int w = __builtin_ctzll(sel);
		sel &= sel - 1;
		uint64_t bits = s->evtchn_pending[w] & ~s->evtchn_mask[w];
		__atomic_fetch_and(&s->evtchn_pending[w], ~bits, __ATOMIC_SEQ_CST);
		if (w < NPORTS / 64)
			fired[w] |= bits;
	}
	lapic_eoi();
	for (int i = 0; i < nhandlers; i++) {
		uint64_t bit = 1ull << (handlers[i].port % 64);
		if (__atomic_fetch_and(&fired[handlers[i].port / 64], ~bit, __ATOMIC_SEQ_CST) & bit)
			handlers[i].fn();
	}
}

void xen_evtchn_init(void)
{
	irq_register(VEC_XEN_UPCALL, upcall);
	struct xen_hvm_evtchn_upcall_vector u = {.vcpu = 0, .vector = VEC_XEN_UPCALL};
	if (xen_hypercall(__HYPERVISOR_hvm_op, HVMOP_set_evtchn_upcall_vector, (uint64_t)&u, 0))
		klog(LOG_WARN, "no event-channel upcall vector: event channels will not wake the domain\n");
}

void xen_evtchn_unmask(unsigned port)
{
	struct evtchn_unmask u = {.port = port};
	xen_hypercall(__HYPERVISOR_event_channel_op, EVTCHNOP_unmask, (uint64_t)&u, 0);
}

/* A port a remote domain can bind to; the port number, or -errno. */
long halvm_evtchn_alloc_unbound(int remote_domid)
{
	uint64_t f = xen_api_enter();
	struct evtchn_alloc_unbound a = {.dom = DOMID_SELF, .remote_dom = remote_domid};
	long r = xen_hypercall(__HYPERVISOR_event_channel_op, EVTCHNOP_alloc_unbound, (uint64_t)&a, 0);
	if (!r)
		xen_evtchn_unmask(a.port);
	return xen_api_leave(f, r ? r : (long)a.port);
}

/* Bind to a remote domain's unbound port; our local port, or -errno. */
long halvm_evtchn_bind_interdomain(int remote_domid, unsigned remote_port)
{
	uint64_t f = xen_api_enter();
	struct evtchn_bind_interdomain b = {.remote_dom = remote_domid, .remote_port = remote_port};
	long r = xen_hypercall(__HYPERVISOR_event_channel_op, EVTCHNOP_bind_interdomain, (uint64_t)&b, 0);
	if (!r)
		xen_evtchn_unmask(b.local_port);
	return xen_api_leave(f, r ? r : (long)b.local_port);
}

long halvm_evtchn_notify(unsigned port)
{
	uint64_t f = xen_api_enter();
	struct evtchn_send s = {.port = port};
	return xen_api_leave(f, xen_hypercall(__HYPERVISOR_event_channel_op, EVTCHNOP_send, (uint64_t)&s, 0));
}

/* Mask a port: its events stay pending in the shared-info page and wake nobody until unmasked. */
long halvm_evtchn_mask(unsigned port)
{
	if (port >= NPORTS)
		return -EINVAL;
	__atomic_fetch_or(&xen_shared_info()->evtchn_mask[port / 64], 1ull << (port % 64), __ATOMIC_SEQ_CST);
	return 0;
}

/* Unmask a port; Xen re-raises the upcall if an event arrived while it was masked. */
long halvm_evtchn_unmask(unsigned port)
{
	if (port >= NPORTS)
		return -EINVAL;
	uint64_t f = xen_api_enter();
	xen_evtchn_unmask(port);
	return xen_api_leave(f, 0);
}

long halvm_evtchn_close(unsigned port)
{
	uint64_t f = xen_api_enter();
	struct evtchn_close c = {.port = port};
	return xen_api_leave(f, xen_hypercall(__HYPERVISOR_event_channel_op, EVTCHNOP_close, (uint64_t)&c, 0));
}

/* With interrupts off: halt until port fires (then consume that event) or the clock passes
 * deadline_ns: 0 or -ETIMEDOUT. An event that came before the call counts. */
long xen_evtchn_wait_until(unsigned port, uint64_t deadline_ns)
{
	static struct ktimer wake;
	uint64_t bit = 1ull << (port % 64);
	long r = 0;
	while (!(fired[port / 64] & bit)) {
		if (time_monotonic() >= deadline_ns) {
			r = -ETIMEDOUT;
			break;
		}
		ktimer_arm(&wake, deadline_ns);
		wait_event();
		ktimer_cancel(&wake);
	}
	__atomic_fetch_and(&fired[port / 64], ~bit, __ATOMIC_SEQ_CST);
	return r;
}

/* Wait until port fires (then consume that event) or timeout_ns passes: 0, -ETIMEDOUT, -EINVAL. */
long halvm_evtchn_wait(unsigned port, uint64_t timeout_ns)
{
	if (port >= NPORTS)
		return -EINVAL;
	uint64_t f = xen_api_enter();
	return xen_api_leave(f, xen_evtchn_wait_until(port, time_monotonic() + timeout_ns));
}
