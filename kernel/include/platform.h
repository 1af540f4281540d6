/*
 * platform.h: what a platform (kernel/qemu/, kernel/xen/) provides to the
 * common kernel. Exactly one platform is chosen at boot from the CPUID
 * hypervisor leaves (platform.c) and installed in `platform`.
 */
#ifndef HALVM_PLATFORM_H
#define HALVM_PLATFORM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct platform {
	const char *name; /* for the banner */
	/* One banner line naming clock and timer sources, e.g. "clock tsc 2.9 GHz, timer lapic". */
	void (*describe)(char *buf, size_t n);
	/* Bring up the consoles only: called first thing in kmain, before paging, so that even
	   boot errors reach the user. Must not allocate memory. */
	void (*early_init)(void);
	/* Bring up clock and timer. Called with paging, the frame allocator and the IDT ready. */
	void (*init)(void);
	/* Program output: stream 1 = stdout, 2 = stderr. Blocking, byte-exact. */
	void (*console_write)(int stream, const char *buf, size_t n);
	/* Kernel log lines (banner, warnings, crash reports). */
	void (*log_write)(const char *buf, size_t n);
	/* Poll console input into console_input(); called when the program waits for it. */
	void (*console_poll)(void);
	/* Nanoseconds since an arbitrary epoch, never going backwards. */
	uint64_t (*clock_ns)(void);
	/* Wall-clock nanoseconds since 1970 at clock_ns() == 0. */
	uint64_t (*wallclock_base_ns)(void);
	/* Interrupt at or after clock_ns() reaches deadline; it calls time_interrupt(). */
	void (*timer_arm)(uint64_t deadline_ns);
	/* End the guest with this exit status, after flushing consoles. */
	void (*exit)(int status) __attribute__((__noreturn__));
};

extern const struct platform *platform;
extern const struct platform qemu_platform;
extern const struct platform xen_platform;
void xen_platform_set_cpuid_base(uint32_t base);

/* Early output before any platform is chosen: port 0xe9 (QEMU debugcon, Xen HVM debug port). */
void early_putc(char c);
/* Cleared by a platform whose log reaches the same place by a better route (Xen console_io). */
extern bool early_port_enabled;

/* platform.c: choose the platform from CPUID and run its early_init */
void platform_select(void);

#endif
