/*
 * console.c: the Xen PV console, the guest side of the ring that xenconsoled reads
 * (xen/io/console.h). Page and event channel come from HVM_PARAM_CONSOLE_PFN/EVTCHN.
 * Writes copy into the out ring, publish the producer index after a barrier and notify;
 * a full ring waits for the backend by yielding. Before xen_console_init runs there is
 * no ring and the kernel log goes to port 0xe9 only ("(dN)" lines on the Xen console).
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
