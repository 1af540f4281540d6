/*
 * console.c: the Xen PV console, the guest side of the ring that xenconsoled reads
 * (xen/io/console.h). Page and event channel come from HVM_PARAM_CONSOLE_PFN/EVTCHN.
 * Writes copy into the out ring, publish the producer index after a barrier and notify;
 * a full ring waits for the backend by yielding. Before xen_console_init runs there is
 * no ring and the kernel log goes to port 0xe9 only ("(dN)" lines on the Xen console).
 *
 * The hypervisor's own console (what `xl dmesg` and the serial line show) is reachable by
 * HYPERVISOR_console_io(CONSOLEIO_write) only when Xen lets unprivileged domains use it: a
 * hypervisor built with CONFIG_VERBOSE_DEBUG (xen-spec/, docs/xen-spec.md). A zero-length
 * write probes that: Xen checks the permission before it looks at the length. When allowed,
 * the kernel log goes there instead of port 0xe9, so lines are not printed twice.
 */
#include "xen.h"

static volatile struct xencons_interface *ring;
static uint32_t port;

void xen_console_init(void)
{
	uint64_t pfn, evtchn;
	if (xen_get_param(HVM_PARAM_CONSOLE_PFN, &pfn) || xen_get_param(HVM_PARAM_CONSOLE_EVTCHN, &evtchn) || !pfn)
		return;
	port = evtchn;
	ring = kmap_ram(pfn << PAGE_SHIFT, PAGE_SIZE);
}

static bool console_io_ok;

bool xen_console_io_probe(void)
{
	console_io_ok = xen_hypercall(__HYPERVISOR_console_io, CONSOLEIO_write, 0, (uint64_t) "") == 0;
	return console_io_ok;
}

/* Program-facing: write to the hypervisor console. 0, or -EPERM from a stock hypervisor. */
long halvm_xen_console_io_write(const char *buf, size_t n)
{
	/* Xen copies the whole buffer (preempting itself as needed) and returns 0. */
	long r = xen_hypercall(__HYPERVISOR_console_io, CONSOLEIO_write, n, (uint64_t)buf);
	return r < 0 ? r : 0;
}

void xen_log_write(const char *buf, size_t n)
{
	if (console_io_ok)
		halvm_xen_console_io_write(buf, n);
	xen_console_write(buf, n);
}

static void yield(void) { xen_hypercall(__HYPERVISOR_sched_op, SCHEDOP_yield, 0, 0); }

void xen_console_write(const char *buf, size_t n)
{
	if (!ring)
		return;
	while (n) {
		XENCONS_RING_IDX cons = ring->out_cons, prod = ring->out_prod;
		__asm__ volatile("" ::: "memory");
		size_t space = sizeof(ring->out) - (prod - cons);
		if (space == 0) {
			xen_evtchn_send(port);
			yield();
			continue;
		}
		size_t k = MIN(n, space);
		for (size_t i = 0; i < k; i++)
			ring->out[MASK_XENCONS_IDX(prod + i, ring->out)] = buf[i];
		__asm__ volatile("sfence" ::: "memory"); /* data before the index */
		ring->out_prod = prod + k;
		xen_evtchn_send(port);
		buf += k;
		n -= k;
	}
}

/* Wait (boundedly) until xenconsoled has taken everything, so nothing is lost at exit. */
void xen_console_flush(void)
{
	for (int i = 0; ring && ring->out_cons != ring->out_prod && i < 100000; i++) {
		xen_evtchn_send(port);
		yield();
	}
}

void xen_console_poll(void)
{
	if (!ring)
		return;
	char buf[64];
	size_t n = 0;
	XENCONS_RING_IDX cons = ring->in_cons, prod = ring->in_prod;
	__asm__ volatile("lfence" ::: "memory");
	while (cons != prod && n < sizeof(buf))
		buf[n++] = ring->in[MASK_XENCONS_IDX(cons++, ring->in)];
	__asm__ volatile("" ::: "memory");
	ring->in_cons = cons;
	if (n) {
		xen_evtchn_send(port);
		console_input(buf, n);
	}
}
