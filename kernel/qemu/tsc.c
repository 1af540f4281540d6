/*
 * tsc.c: the monotonic clock. The TSC is calibrated once against PIT channel
 * 2 (a fixed 1.193182 MHz reference every PC and QEMU has) and scaled to
 * nanoseconds with a 32.32 fixed-point multiplier. kvmclock, when KVM
 * advertises it, is preferred because the host then tells us the frequency.
 */
#include "defs.h"
#include "x86.h"
#include "qemu.h"

#define PIT_HZ 1193182
#define CALIBRATE_MS 20

static uint64_t tsc0, hz, mult; /* ns = (tsc - tsc0) * mult >> 32 */
const char *clock_name = "tsc";

static uint64_t calibrate_pit(void)
{
	uint32_t count = PIT_HZ * CALIBRATE_MS / 1000;
	outb(0x61, (inb(0x61) & ~0x02) | 0x01); /* gate on, speaker off */
	outb(0x43, 0xb0);                       /* channel 2, lo/hi, mode 0 */
	outb(0x42, count & 0xff);
	outb(0x42, count >> 8);
	uint64_t start = rdtsc();
	while (!(inb(0x61) & 0x20)) /* OUT2 goes high at terminal count */
		;
	return (rdtsc() - start) * 1000 / CALIBRATE_MS;
}

void clock_init(void)
{
	hz = calibrate_pit();
	if (hz < 1000000)
		panic("TSC calibration failed (%lu Hz)", hz);
	mult = ((unsigned __int128)1000000000 << 32) / hz;
	tsc0 = boot_tsc;
}

uint64_t clock_ns(void) { return ((unsigned __int128)(rdtsc() - tsc0) * mult) >> 32; }
uint64_t tsc_hz(void) { return hz; }
uint64_t tsc_from_ns(uint64_t ns) { return tsc0 + ((unsigned __int128)ns * hz) / 1000000000; }
