/*
 * lapic.c: the one-shot timer, from the local APIC, for every platform (QEMU/KVM
 * emulate it, and so does Xen for PVH guests). TSC-deadline mode when the CPU has it
 * (CPUID.1:ECX[24]) and the platform can convert nanoseconds to TSC values; otherwise
 * the one-shot count mode, calibrated against the platform's clock. Either way the
 * kernel is tickless: time.c arms the next deadline and the interrupt calls
 * time_interrupt().
 */
#include "defs.h"
#include "x86.h"

#define VEC_TIMER 0x20
#define VEC_SPURIOUS 0xff
#define REG_EOI 0x0b0
#define REG_SVR 0x0f0
#define REG_LVT_TIMER 0x320
#define REG_TIMER_INIT 0x380
#define REG_TIMER_CUR 0x390
#define REG_TIMER_DIV 0x3e0
#define LVT_MASKED (1u << 16)
#define LVT_TSC_DEADLINE (2u << 17)

static volatile uint32_t *apic;
static bool deadline_mode;
static uint64_t apic_hz;
static uint64_t (*clock_ns)(void);        /* the platform's monotonic clock */
static uint64_t (*tsc_from_ns)(uint64_t); /* its inverse in TSC units, or NULL */
const char *lapic_timer_name = "lapic";

static uint32_t rd(uint32_t reg) { return apic[reg / 4]; }
static void wr(uint32_t reg, uint32_t v) { apic[reg / 4] = v; }

void lapic_eoi(void) { wr(REG_EOI, 0); }

static void timer_irq(struct trapframe *tf)
{
	(void)tf;
	wr(REG_EOI, 0);
	time_interrupt();
}

static void spurious_irq(struct trapframe *tf) { (void)tf; }

static void calibrate(void)
{
	wr(REG_TIMER_DIV, 0xb); /* divide by 1 */
	wr(REG_LVT_TIMER, LVT_MASKED | VEC_TIMER);
	wr(REG_TIMER_INIT, 0xffffffff);
	uint64_t t0 = clock_ns(), t1;
	while ((t1 = clock_ns()) - t0 < 2000000) /* 2 ms against the calibrated clock */
		;
	uint32_t elapsed = 0xffffffff - rd(REG_TIMER_CUR);
	wr(REG_TIMER_INIT, 0);
	apic_hz = (uint64_t)elapsed * 1000000000 / (t1 - t0);
	if (apic_hz < 1000)
		panic("LAPIC timer calibration failed");
}

/* The local APIC without its timer: interrupts can be delivered and acknowledged. */
void lapic_enable(void)
{
	if (apic)
		return;
	uint64_t base = rdmsr(MSR_APIC_BASE);
	wrmsr(MSR_APIC_BASE, base | (1u << 11)); /* global enable */
	apic = kmap_mmio(base & ~0xfffull, PAGE_SIZE);
	irq_register(VEC_SPURIOUS, spurious_irq);
	wr(REG_SVR, 0x100 | VEC_SPURIOUS);
}

void lapic_init(uint64_t (*clock)(void), uint64_t (*tsc_at)(uint64_t ns))
{
	clock_ns = clock;
	tsc_from_ns = tsc_at;
	lapic_enable();
	irq_register(VEC_TIMER, timer_irq);
	deadline_mode = tsc_at && (cpu_features_ecx & (1u << 24));
	if (deadline_mode) {
		wr(REG_LVT_TIMER, LVT_TSC_DEADLINE | VEC_TIMER);
		lapic_timer_name = "lapic-tsc-deadline";
	} else {
		calibrate();
		wr(REG_LVT_TIMER, VEC_TIMER); /* one-shot */
		lapic_timer_name = "lapic-oneshot";
	}
}

void lapic_timer_arm(uint64_t deadline_ns)
{
	if (deadline_mode) {
		wrmsr(MSR_TSC_DEADLINE, deadline_ns ? tsc_from_ns(deadline_ns) : 0);
		return;
	}
	if (!deadline_ns) {
		wr(REG_TIMER_INIT, 0);
		return;
	}
	uint64_t now = clock_ns();
	uint64_t delta = deadline_ns > now ? deadline_ns - now : 1000;
	uint64_t count = ((unsigned __int128)delta * apic_hz) / 1000000000 + 1;
	wr(REG_TIMER_INIT, count > 0xffffffff ? 0xffffffff : (uint32_t)count);
}
