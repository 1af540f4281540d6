/*
 * platform.c: choose the platform at boot from the CPUID hypervisor leaves (Xen, or
 * plain QEMU/KVM otherwise),
 * and the early console that works before any platform is up: port 0xe9,
 * which is QEMU's debugcon and Xen's HVM debug port alike.
 */
#include "defs.h"
#include "platform.h"
#include "x86.h"

const struct platform *platform;

bool early_port_enabled = true;

void early_putc(char c)
{
	if (early_port_enabled)
		outb(0xe9, c);
}

void platform_select(void)
{
	uint32_t r[4] = {0};
	cpuid(1, 0, r);
	/* Xen's leaves may sit at 0x40000100 when it also offers Viridian at 0x40000000. */
	for (uint32_t base = 0x40000000; (r[2] & (1u << 31)) && base <= 0x40010000; base += 0x100) {
		char sig[13] = {0};
		uint32_t l[4];
		cpuid(base, 0, l);
		memcpy(sig, &l[1], 4);
		memcpy(sig + 4, &l[2], 4);
		memcpy(sig + 8, &l[3], 4);
		if (!strcmp(sig, "XenVMMXenVMM")) {
			xen_platform_set_cpuid_base(base);
			xen_platform.early_init();
			platform = &xen_platform;
			return;
		}
	}
	qemu_platform.early_init();
	platform = &qemu_platform;
}
