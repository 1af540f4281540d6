/*
 * trap.c: what happens after entry.S saved a trap frame. Page faults are
 * served by demand paging; other faults of the program become signals (a
 * handler runs, or the default action ends the program with a crash report);
 * faults of the kernel itself are panics with a report. Device interrupts go
 * to the handler a platform registered, and an interrupt that arrived while
 * program code ran is the point where asynchronous signals are delivered.
 */
#include <asm/signal.h>
#include <asm-generic/siginfo.h>
#include "defs.h"
#include "x86.h"

#define VEC_PF 14
#define PF_WRITE 0x2
#define PF_EXEC 0x10

int kernel_depth; /* >0: kernel code runs (syscall); 0: program code */
static irq_handler_t irq_handlers[256];

static const char *const exception_names[32] = {
        "divide error",
        "debug",
        "NMI",
        "breakpoint",
        "overflow",
        "bound range",
        "invalid opcode",
        "device not available",
        "double fault",
        "coprocessor overrun",
        "invalid TSS",
        "segment not present",
        "stack fault",
        "general protection fault",
        "page fault",
        "reserved",
        "x87 floating point",
        "alignment check",
        "machine check",
        "SIMD floating point",
        "virtualization",
        "control protection",
};

void irq_register(int vector, irq_handler_t h) { irq_handlers[vector] = h; }

/* Signal number and si_code for a program fault, 0 for "always fatal". */
static int fault_signal(int vector, int *code)
{
	switch (vector) {
	case 0:
		*code = FPE_INTDIV;
		return SIGFPE;
	case 4:
		*code = FPE_INTOVF;
		return SIGFPE;
	case 16:
	case 19:
		*code = FPE_FLTINV;
		return SIGFPE;
	case 1:
	case 3:
		*code = SI_KERNEL;
		return SIGTRAP;
	case 6:
		*code = ILL_ILLOPN;
		return SIGILL;
	case 17:
		*code = BUS_ADRALN;
		return SIGBUS;
	case 5:
	case 12:
	case 13:
		*code = SI_KERNEL;
		return SIGSEGV;
	default:
		return 0;
	}
}

static void exception(struct trapframe *tf)
{
	int vec = tf->vector, code = 0, sig;
	uint64_t addr = tf->rip;
	const char *name = vec < 32 && exception_names[vec] ? exception_names[vec] : "exception";

	if (vec == VEC_PF) {
		addr = read_cr2();
		int r = vm_fault(addr, tf->error & PF_WRITE, tf->error & PF_EXEC);
		if (r == 0)
			return;
		if (r == -ENOMEM)
			crash_report(tf, "out of memory: no free frame for a page the program touched", EXIT_OOM);
		sig = SIGSEGV;
		code = vma_find(addr) ? SEGV_ACCERR : SEGV_MAPERR; /* as Linux: mapped but not allowed */
	} else
		sig = fault_signal(vec, &code);

	if (kernel_depth > 0 || sig == 0)
		crash_report(tf, name, EXIT_PANIC);
	if (!signal_fault(tf, sig, code, addr))
		crash_report(tf, name, 128 + sig);
}

void trap_handler(struct trapframe *tf)
{
	if (tf->vector < 32) {
		exception(tf);
	} else if (irq_handlers[tf->vector]) {
		irq_handlers[tf->vector](tf);
	}
	/* Asynchronous signals enter the program only where program code was interrupted. */
	if (kernel_depth == 0 && signal_pending())
		signal_deliver(tf);
}
