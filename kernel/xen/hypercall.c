/*
 * hypercall.c: calling Xen. The hypercall page is installed by writing its physical address
 * to the MSR that CPUID leaf base+2 names; hypercall N is then a call to page + 32*N with
 * arguments in rdi, rsi, rdx (r10, r8 for more) and the result in rax.
 *
 * Also the entry and exit of every program-facing halvm_* call of the Xen platform: such a
 * call runs in kernel context (kernel_depth) with interrupts off, so a signal handler can
 * never re-enter it; it may still halt to wait for an event (xen_api_may_halt).
 */
#include "xen.h"
#include "x86.h"

long xen_hypercall(int op, uint64_t a1, uint64_t a2, uint64_t a3)
{
	register uint64_t rdi __asm__("rdi") = a1, rsi __asm__("rsi") = a2, rdx __asm__("rdx") = a3;
	long ret;
	__asm__ volatile("call *%[fn]"
	                 : "=a"(ret), "+r"(rdi), "+r"(rsi), "+r"(rdx)
	                 : [fn] "r"(hypercall_page + 32 * op)
	                 : "memory", "rcx", "r11", "r8", "r9", "r10");
	return ret;
}

void xen_hypercall_init(uint32_t base)
{
	uint32_t r[4];
	cpuid(base + 2, 0, r);
	wrmsr(r[1], (uint64_t)hypercall_page); /* identity-mapped image: virtual == physical */
}

long xen_get_param(int index, uint64_t *value)
{
	struct xen_hvm_param p = {.domid = DOMID_SELF, .index = index};
	long r = xen_hypercall(__HYPERVISOR_hvm_op, HVMOP_get_param, (uint64_t)&p, 0);
	*value = p.value;
	return r;
}

void xen_evtchn_send(uint32_t port)
{
	struct evtchn_send s = {.port = port};
	xen_hypercall(__HYPERVISOR_event_channel_op, EVTCHNOP_send, (uint64_t)&s, 0);
}

static bool may_halt;

uint64_t xen_api_enter(void)
{
	uint64_t flags = read_rflags();
	irq_disable();
	kernel_depth++;
	may_halt = flags & RFLAGS_IF;
	return flags;
}

long xen_api_leave(uint64_t flags, long r)
{
	may_halt = false;
	kernel_depth--;
	if (flags & RFLAGS_IF)
		irq_enable();
	return r;
}

/* Inside a call entered with interrupts on: waiting may halt until an interrupt. Elsewhere
 * (the exit path, a crash report) it must not, and waits poll with SCHEDOP_yield. */
bool xen_api_may_halt(void) { return may_halt; }
