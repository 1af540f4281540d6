/*
 * platform.c: the Xen PVH platform. Console: the PV console ring (every stream, kernel log
 * included, since a domain has one console). Clock: pvclock from the shared-info page.
 * Timer: Xen's one-shot timer with VIRQ_TIMER (timer.c); the local APIC that Xen emulates
 * for PVH guests carries the event-channel upcall and is the timer only if that fails. An
 * idle guest halts and Xen blocks its vCPU. Exit: the status as a `HALVM_EXIT=N` line on
 * the console and in XenStore at data/halvm/exit-status under the domain's own area (what
 * halvm-run --platform xen reads), then SCHEDOP_shutdown: poweroff, or crash for
 * kernel-reported crashes and panics. The kernel log also reaches the hypervisor console:
 * by HYPERVISOR_console_io when the hypervisor allows it (console.c), else port 0xe9.
 */
#include "platform.h"
#include "xen.h"

static uint32_t cpuid_base;
/* VCPUOP_set_singleshot_timer + VIRQ_TIMER (timer.c); the emulated LAPIC only as a fallback. */
static void (*timer_arm)(uint64_t) = lapic_timer_arm;
static const char *timer_name;

static void xen_early_init(void)
{
	xen_hypercall_init(cpuid_base);
	if (xen_console_io_probe())
		early_port_enabled = false; /* the same hypervisor console, without doubled lines */
}

static void xen_init(void)
{
	xen_console_init();
	xen_clock_init();
	xen_xenstore_init();
	lapic_enable(); /* the event-channel upcall arrives through the local APIC */
	xen_evtchn_init();
	if (xen_timer_init()) {
		timer_arm = xen_timer_arm;
		timer_name = "xen-singleshot";
	} else
		lapic_init(xen_clock_ns, 0); /* calibrated against pvclock: 2 ms at boot */
}

static void xen_timer_arm_current(uint64_t deadline_ns) { timer_arm(deadline_ns); }

static void xen_describe(char *buf, size_t n)
{
	long v = xen_hypercall(__HYPERVISOR_xen_version, XENVER_version, 0, 0);
	ksnprintf(buf, n, "xen %ld.%ld, clock pvclock, timer %s, hypervisor console %s", v >> 16, v & 0xffff,
	          timer_name ? timer_name : lapic_timer_name, early_port_enabled ? "port 0xe9" : "console_io");
}

static void xen_write(int stream, const char *buf, size_t n) { xen_console_write(buf, n); }

static noreturn void xen_exit(int status)
{
	char line[32];
	int n = exit_record(status, line, sizeof(line));
	/* For the toolstack: the status under the domain's own XenStore area (halvm-run reads it). */
	char value[8];
	ksnprintf(value, sizeof(value), "%d", status);
	long stored = halvm_xenstore_write("data/halvm/exit-status", value); /* data/ is domain-writable */
	/* The console's HALVM_EXIT line marks the end of the log for halvm-run, and is the status
	 * when XenStore failed; a person at `xl console` is spared it. */
	if (stored || !console_is_tty())
		xen_console_write(line, n);
	xen_console_flush();
	struct sched_shutdown s = {
	        .reason = (status == EXIT_PANIC || status == 139 || status == 132 || status == 136 || status == 135)
	                          ? SHUTDOWN_crash
	                          : SHUTDOWN_poweroff};
	for (;;)
		xen_hypercall(__HYPERVISOR_sched_op, SCHEDOP_shutdown, (uint64_t)&s, 0);
}

const struct platform xen_platform = {
        .name = "xen",
        .early_init = xen_early_init,
        .init = xen_init,
        .describe = xen_describe,
        .console_write = xen_write,
        .log_write = xen_log_write,
        .console_poll = xen_console_poll,
        .clock_ns = xen_clock_ns,
        .wallclock_base_ns = xen_wallclock_base,
        .timer_arm = xen_timer_arm_current,
        .exit = xen_exit,
};

void xen_platform_set_cpuid_base(uint32_t base) { cpuid_base = base; }
