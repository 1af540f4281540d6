/*
 * pic.c: the legacy 8259 pair. The firmware leaves it mapped onto vectors
 * 0x08-0x0f, where a stray PIT tick would look like a double fault, so it is
 * remapped to 0x20-0x2f and fully masked; the LAPIC does our timing.
 */
#include "defs.h"
#include "x86.h"

void pic_disable(void)
{
	outb(0x20, 0x11); /* ICW1: init, ICW4 follows */
	outb(0xa0, 0x11);
	outb(0x21, 0x20); /* ICW2: vector base */
	outb(0xa1, 0x28);
	outb(0x21, 0x04); /* ICW3: cascade */
	outb(0xa1, 0x02);
	outb(0x21, 0x01); /* ICW4: 8086 mode */
	outb(0xa1, 0x01);
	outb(0x21, 0xff); /* mask everything */
	outb(0xa1, 0xff);
}
