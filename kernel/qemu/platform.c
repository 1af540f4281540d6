/*
 * platform.c: the plain QEMU/KVM platform: serial consoles, TSC clock,
 * LAPIC timer, CMOS wall clock, and exit through isa-debug-exit. The exit
 * protocol is what halvm-run reads (docs/architecture.md): the status as a
 * `HALVM_EXIT=N` line on port 0xe9, then N written to port 0xf4.
 */
#include "defs.h"
#include "platform.h"
#include "x86.h"
#include "qemu.h"

#define DEBUG_EXIT_PORT 0xf4

static uint64_t wall_base;

static void qemu_init(void)
{
	clock_init();
	wall_base = rtc_read_epoch() * 1000000000ull - clock_ns();
	lapic_init(clock_ns, tsc_from_ns);
}

static void qemu_describe(char *buf, size_t n)
{
	ksnprintf(buf, n, "clock %s %lu.%03lu GHz, timer %s", clock_name, tsc_hz() / 1000000000,
	          tsc_hz() / 1000000 % 1000, lapic_timer_name);
}

static uint64_t qemu_wallclock_base(void) { return wall_base; }

static noreturn void qemu_exit(int status)
{
	char line[32];
	exit_record(status, line, sizeof(line));
	outl(DEBUG_EXIT_PORT, status);
	/* No isa-debug-exit device: try ACPI poweroff (QEMU pc and q35). */
	__asm__ volatile("outw %0, %1" ::"a"((uint16_t)0x2000), "Nd"((uint16_t)0x604));
	__asm__ volatile("outw %0, %1" ::"a"((uint16_t)0x3400), "Nd"((uint16_t)0xb004));
	uart_log_write("halvm: no exit device; halted\n", 30);
	for (;;)
		__asm__ volatile("cli; hlt");
}

const struct platform qemu_platform = {
        .name = "qemu",
        .early_init = uart_init,
        .init = qemu_init,
        .describe = qemu_describe,
        .console_write = uart_console_write,
        .log_write = uart_log_write,
        .console_poll = uart_poll,
        .clock_ns = clock_ns,
        .wallclock_base_ns = qemu_wallclock_base,
        .timer_arm = lapic_timer_arm,
        .exit = qemu_exit,
};
