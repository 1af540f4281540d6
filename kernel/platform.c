/*
 * platform.c: choose the platform at boot from the CPUID hypervisor leaves,
 * and the early console that works before any platform is up: port 0xe9,
 * which is QEMU's debugcon and Xen's HVM debug port alike.
 */
#include "defs.h"
#include "platform.h"
#include "x86.h"

const struct platform *platform;

void early_putc(char c) { outb(0xe9, c); }

void platform_select(void)
{
	uint32_t r[4] = {0};
	char sig[13] = {0};
	cpuid(1, 0, r);
	if (r[2] & (1u << 31)) { /* running under a hypervisor */
		cpuid(0x40000000, 0, r);
		memcpy(sig, &r[1], 4);
		memcpy(sig + 4, &r[2], 4);
		memcpy(sig + 8, &r[3], 4);
	}
	if (!strcmp(sig, "XenVMMXenVMM"))
		panic("Xen detected, but this HaLVM kernel has no Xen platform yet");
	qemu_platform.early_init();
	platform = &qemu_platform;
}
