/*
 * cpu.c: per-CPU state of the boot CPU: GDT with the TSS, the IDT (every
 * vector on an IST stack, because the program at ring 0 uses the red zone),
 * the syscall MSRs, and FPU/SSE/AVX enabling via CR4 and XCR0.
 */
#include "defs.h"
#include "x86.h"

#define IST_EXC 1  /* exceptions */
#define IST_IRQ 2  /* device interrupts */
#define IST_CRIT 3 /* #DF, NMI, #MC: must work even when IST_EXC is broken */

struct tss {
	uint32_t reserved0;
	uint64_t rsp[3];
	uint64_t reserved1;
	uint64_t ist[7];
	uint64_t reserved2;
	uint16_t reserved3;
	uint16_t iomap_base;
} __attribute__((packed));

struct idt_gate {
	uint16_t off_lo, sel;
	uint8_t ist, type;
	uint16_t off_mid;
	uint32_t off_hi, reserved;
} __attribute__((packed));

static uint64_t gdt[5] __attribute__((aligned(16)));
static struct tss tss __attribute__((aligned(16)));
static struct idt_gate idt[256] __attribute__((aligned(16)));
extern const uint64_t trap_stub_table[256];
extern void syscall_entry(void);

uint64_t syscall_stack_top; /* read by entry.S */
uint32_t cpu_xsave_size;    /* bytes of XSAVE state, 0 = use FXSAVE (512) */
uint64_t cpu_xcr0;
uint32_t cpu_features_ecx, cpu_features_edx; /* CPUID.1, for AT_HWCAP and drivers */

static void lgdt_ltr(void)
{
	struct {
		uint16_t limit;
		uint64_t base;
	} __attribute__((packed)) gdtr = {sizeof(gdt) - 1, (uint64_t)gdt};
	__asm__ volatile("lgdt %0\n\t"
	                 "pushq $0x08\n\t"
	                 "leaq 1f(%%rip), %%rax\n\t"
	                 "pushq %%rax\n\t"
	                 "lretq\n"
	                 "1: movl $0x10, %%eax\n\t"
	                 "movl %%eax, %%ds; movl %%eax, %%es; movl %%eax, %%ss\n\t"
	                 "movw %1, %%ax; ltr %%ax"
	                 :
	                 : "m"(gdtr), "i"(SEL_TSS)
	                 : "rax", "memory");
}

static void gdt_init(void)
{
	uint64_t base = (uint64_t)&tss, limit = sizeof(tss) - 1;
	gdt[1] = 0x00af9a000000ffffull; /* kernel code, 64-bit */
	gdt[2] = 0x00cf92000000ffffull; /* kernel data */
	gdt[3] = (limit & 0xffff) | ((base & 0xffffff) << 16) | (0x89ull << 40) | ((limit >> 16) << 48) |
	         (((base >> 24) & 0xff) << 56);
	gdt[4] = base >> 32;
	tss.iomap_base = sizeof(tss);
	tss.ist[IST_EXC - 1] = kstack_alloc();
	tss.ist[IST_IRQ - 1] = kstack_alloc();
	tss.ist[IST_CRIT - 1] = kstack_alloc();
	tss.rsp[0] = kstack_alloc();
	syscall_stack_top = kstack_alloc();
	lgdt_ltr();
}

static void idt_init(void)
{
	for (int v = 0; v < 256; v++) {
		uint64_t off = trap_stub_table[v];
		uint8_t ist = v >= 32 ? IST_IRQ : (v == 2 || v == 8 || v == 18) ? IST_CRIT : IST_EXC;
		idt[v] = (struct idt_gate){
		        .off_lo = off & 0xffff,
		        .sel = SEL_KCODE,
		        .ist = ist,
		        .type = 0x8e, /* present, interrupt gate: IF cleared on entry */
		        .off_mid = (off >> 16) & 0xffff,
		        .off_hi = off >> 32,
		};
	}
	struct {
		uint16_t limit;
		uint64_t base;
	} __attribute__((packed)) idtr = {sizeof(idt) - 1, (uint64_t)idt};
	__asm__ volatile("lidt %0" ::"m"(idtr));
}

static void syscall_msr_init(void)
{
	wrmsr(MSR_EFER, rdmsr(MSR_EFER) | EFER_SCE | EFER_NXE);
	wrmsr(MSR_STAR, (uint64_t)SEL_KCODE << 32);
	wrmsr(MSR_LSTAR, (uint64_t)syscall_entry);
	wrmsr(MSR_SFMASK, RFLAGS_IF | RFLAGS_DF | RFLAGS_TF | RFLAGS_AC);
}

/* Enable x87/SSE (and AVX and AVX-512 state through XSAVE when the CPU has it). */
static void fpu_init(void)
{
	uint32_t r[4];
	uint64_t cr0, cr4;
	cpuid(1, 0, r);
	cpu_features_ecx = r[2];
	cpu_features_edx = r[3];
	__asm__ volatile("mov %%cr0, %0" : "=r"(cr0));
	cr0 = (cr0 & ~(1ul << 2 | 1ul << 3)) | 1ul << 1 | 1ul << 5; /* -EM -TS +MP +NE */
	__asm__ volatile("mov %0, %%cr0" ::"r"(cr0));
	__asm__ volatile("mov %%cr4, %0" : "=r"(cr4));
	cr4 |= 1ul << 9 | 1ul << 10; /* OSFXSR, OSXMMEXCPT */
	if (r[2] & (1u << 26))
		cr4 |= 1ul << 18; /* OSXSAVE */
	__asm__ volatile("mov %0, %%cr4" ::"r"(cr4));
	if (r[2] & (1u << 26)) {
		cpuid(0xd, 0, r);
		uint64_t supported = ((uint64_t)r[3] << 32) | r[0];
		cpu_xcr0 = supported & 0xe7; /* x87 SSE AVX opmask ZMM_Hi256 Hi16_ZMM */
		__asm__ volatile("xsetbv" ::"c"(0), "a"((uint32_t)cpu_xcr0), "d"((uint32_t)(cpu_xcr0 >> 32)));
		cpuid(0xd, 0, r);
		cpu_xsave_size = r[1];
	}
	__asm__ volatile("fninit");
	uint32_t mxcsr = 0x1f80;
	__asm__ volatile("ldmxcsr %0" ::"m"(mxcsr));
}

void cpu_init(void)
{
	gdt_init();
	idt_init();
	syscall_msr_init();
	fpu_init();
}

/* Save/restore the program's FPU state (signal frames). buf is 64-byte aligned. */
void fpu_save(void *buf)
{
	if (cpu_xsave_size)
		__asm__ volatile("xsave (%0)" ::"r"(buf), "a"((uint32_t)cpu_xcr0), "d"((uint32_t)(cpu_xcr0 >> 32))
		                 : "memory");
	else
		__asm__ volatile("fxsave (%0)" ::"r"(buf) : "memory");
}

void fpu_restore(const void *buf)
{
	if (cpu_xsave_size)
		__asm__ volatile("xrstor (%0)" ::"r"(buf), "a"((uint32_t)cpu_xcr0), "d"((uint32_t)(cpu_xcr0 >> 32))
		                 : "memory");
	else
		__asm__ volatile("fxrstor (%0)" ::"r"(buf) : "memory");
}

uint32_t fpu_state_size(void) { return cpu_xsave_size ? cpu_xsave_size : 512; }
