/*
 * tsc.c: the monotonic clock. The TSC is calibrated at boot against PIT
 * channel 2 (a fixed 1.193182 MHz reference every PC and QEMU has) and scaled
 * to nanoseconds with a 32.32 fixed-point multiplier. kvmclock, when KVM
 * advertises it, is preferred because the host then tells us the frequency.
 */
#include "defs.h"
#include <xen/xen.h>
#include "x86.h"
#include "qemu.h"

#define MSR_KVM_SYSTEM_TIME_NEW 0x4b564d01
#define KVM_FEATURE_CLOCKSOURCE2 (1u << 3)

#define PIT_HZ 1193182
#define CALIBRATE_MS 3 /* PIT ticks are 0.84 us: 3 ms gives the TSC rate to 0.03% */

static uint64_t tsc0, hz, mult; /* ns = (tsc - tsc0) * mult >> 32 */
const char *clock_name = "tsc";
static volatile struct vcpu_time_info *kvmclock;
static uint64_t kvmclock0;

static uint64_t calibrate_pit(unsigned ms)
{
	uint32_t count = PIT_HZ * ms / 1000;    /* at most 54 ms: a 16-bit count */
	outb(0x61, (inb(0x61) & ~0x02) | 0x01); /* gate on, speaker off */
	outb(0x43, 0xb0);                       /* channel 2, lo/hi, mode 0 */
	outb(0x42, count & 0xff);
	outb(0x42, count >> 8);
	uint64_t start = rdtsc();
	while (!(inb(0x61) & 0x20)) /* OUT2 goes high at terminal count */
		;
	return (rdtsc() - start) * 1000 / ms;
}

/* kvmclock when KVM offers it: the host states the TSC rate and corrects for migration. */
static bool kvmclock_init(void)
{
	uint32_t r[4];
	char sig[13] = {0};
	cpuid(1, 0, r);
	if (!(r[2] & (1u << 31)))
		return false;
	cpuid(0x40000000, 0, r);
	memcpy(sig, &r[1], 4), memcpy(sig + 4, &r[2], 4), memcpy(sig + 8, &r[3], 4);
	if (strcmp(sig, "KVMKVMKVM") || r[0] < 0x40000001)
		return false;
	cpuid(0x40000001, 0, r);
	if (!(r[0] & KVM_FEATURE_CLOCKSOURCE2))
		return false;
	uint64_t pa = frame_alloc();
	if (!pa)
		return false;
	kvmclock = p2v(pa);
	wrmsr(MSR_KVM_SYSTEM_TIME_NEW, pa | 1);
	hz = pvclock_tsc_hz(kvmclock);
	if (!hz)
		return false;
	kvmclock0 = pvclock_read_ns(kvmclock) - ((unsigned __int128)(rdtsc() - boot_tsc) * 1000000000) / hz;
	clock_name = "kvmclock";
	return true;
}

/*
 * A calibration can only come out too high: a vCPU the host deschedules (a busy machine,
 * TCG) sees the PIT's terminal count late while the TSC ran on, and the clock then runs slow
 * by that factor for the whole run (a program's 1.2 s measured as 0.12 s). Take the lower
 * of two runs that agree to 0.5%, or the lowest of CALIBRATE_TRIES. Under QEMU's TCG the
 * first run also pays for translating this code and comes out a little high every time, so
 * a 1 ms run that is thrown away goes first: 7 ms in all when the machine is quiet.
 */
#define CALIBRATE_TRIES 5

static uint64_t calibrate(void)
{
	calibrate_pit(1);
	uint64_t best = calibrate_pit(CALIBRATE_MS);
	for (int i = 1; i < CALIBRATE_TRIES; i++) {
		uint64_t h = calibrate_pit(CALIBRATE_MS), lo = MIN(h, best), hi = MAX(h, best);
		best = lo;
		if (hi - lo <= lo / 200)
			break;
	}
	return best;
}

void clock_init(void)
{
	if (kvmclock_init())
		return;
	hz = calibrate();
	if (hz < 1000000)
		panic("TSC calibration failed (%lu Hz)", hz);
	mult = ((unsigned __int128)1000000000 << 32) / hz;
	tsc0 = boot_tsc;
}

uint64_t clock_ns(void)
{
	if (kvmclock)
		return pvclock_read_ns(kvmclock) - kvmclock0;
	return ((unsigned __int128)(rdtsc() - tsc0) * mult) >> 32;
}
uint64_t tsc_hz(void) { return hz; }
/* For the TSC-deadline timer; with kvmclock the TSC rate is the host's stated one. */
uint64_t tsc_from_ns(uint64_t ns)
{
	uint64_t now_ns = clock_ns(), now_tsc = rdtsc();
	if (ns <= now_ns)
		return now_tsc;
	return now_tsc + ((unsigned __int128)(ns - now_ns) * hz) / 1000000000;
}
