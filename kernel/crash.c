/*
 * crash.c: crash reports. A fault the program does not handle, or a kernel
 * fault, prints the vector, error code, RIP with its symbol, CR2, every
 * register and a frame-pointer backtrace, then ends the guest with a
 * documented status (docs/debugging.md). Symbols come from the table that
 * x86_64-halvm-gcc links into the image (section .halvm_symtab, built from
 * `nm` of a first link); without it, raw addresses are printed.
 */
#include "defs.h"
#include "x86.h"

struct symtab_entry {
	uint64_t addr;
	uint32_t name; /* offset into the string area after the entries */
	uint32_t size;
};
struct symtab {
	uint64_t magic; /* "HALVMSYM" */
	uint64_t count;
	struct symtab_entry e[];
};
#define SYMTAB_MAGIC 0x4d59534d564c4148ull

extern const struct symtab __halvm_symtab_start;
extern const char __halvm_symtab_end[];

const char *symbol_lookup(uint64_t addr, uint64_t *offset)
{
	const struct symtab *t = &__halvm_symtab_start;
	if ((const char *)t + sizeof(*t) > __halvm_symtab_end || t->magic != SYMTAB_MAGIC || t->count == 0)
		return 0;
	const char *strings = (const char *)&t->e[t->count];
	uint64_t lo = 0, hi = t->count;
	while (hi - lo > 1) { /* last entry with addr <= target */
		uint64_t mid = (lo + hi) / 2;
		if (t->e[mid].addr <= addr)
			lo = mid;
		else
			hi = mid;
	}
	const struct symtab_entry *e = &t->e[lo];
	if (e->addr > addr || (e->size && addr >= e->addr + e->size + 4096))
		return 0;
	*offset = addr - e->addr;
	return strings + e->name;
}

static void print_addr(uint64_t a)
{
	uint64_t off;
	const char *s = symbol_lookup(a, &off);
	if (s)
		kprintf("0x%016lx <%s+0x%lx>", a, s, off);
	else
		kprintf("0x%016lx", a);
}

static bool readable(uint64_t a)
{
	return a && (a & 7) == 0 && (pt_lookup(ALIGN_DOWN(a, PAGE_SIZE)) & PTE_P) &&
	       (pt_lookup(ALIGN_DOWN(a + 15, PAGE_SIZE)) & PTE_P);
}

void backtrace(uint64_t rbp, uint64_t rip)
{
	kprintf("  backtrace:\n    #0  ");
	print_addr(rip);
	kprintf("\n");
	for (int i = 1; i < 32 && readable(rbp); i++) {
		uint64_t *frame = (uint64_t *)rbp;
		if (!frame[1])
			break;
		kprintf("    #%-2d ", i);
		print_addr(frame[1]);
		kprintf("\n");
		if (frame[0] <= rbp) /* frames must go up the stack */
			break;
		rbp = frame[0];
	}
}

noreturn void crash_report(struct trapframe *tf, const char *what, int status)
{
	static int nested;
	irq_disable();
	if (nested++) {
		kprintf("halvm: fault while reporting a crash (%s)\n", what);
		proc_exit(status);
	}
	kprintf("\nhalvm: CRASH: %s in %s code (vector %lu, error 0x%lx)\n", what, kernel_depth ? "kernel" : "program",
	        tf->vector, tf->error);
	kprintf("  rip ");
	print_addr(tf->rip);
	kprintf("\n  cr2 0x%016lx  rflags 0x%016lx\n", read_cr2(), tf->rflags);
	kprintf("  rax 0x%016lx  rbx 0x%016lx  rcx 0x%016lx  rdx 0x%016lx\n", tf->rax, tf->rbx, tf->rcx, tf->rdx);
	kprintf("  rsi 0x%016lx  rdi 0x%016lx  rbp 0x%016lx  rsp 0x%016lx\n", tf->rsi, tf->rdi, tf->rbp, tf->rsp);
	kprintf("  r8  0x%016lx  r9  0x%016lx  r10 0x%016lx  r11 0x%016lx\n", tf->r8, tf->r9, tf->r10, tf->r11);
	kprintf("  r12 0x%016lx  r13 0x%016lx  r14 0x%016lx  r15 0x%016lx\n", tf->r12, tf->r13, tf->r14, tf->r15);
	backtrace(tf->rbp, tf->rip);
	kprintf("halvm: ending with status %d\n", status);
	proc_exit(status);
}
