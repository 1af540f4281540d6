/*
 * exec.c: start the program the way Linux starts a static executable. The
 * initial stack holds argc, argv, envp and the auxiliary vector that musl's
 * __init_libc and __init_tls read (AT_PHDR must point at the real program
 * headers: the linker script keeps them in the first loaded segment), then
 * control goes to the ELF entry (musl's _start) with %rsp at argc.
 */
#include <linux/auxvec.h>
#include <linux/elf.h>
#include <asm/mman.h>
#include "defs.h"
#include "x86.h"

extern const Elf64_Ehdr __ehdr_start;
void random_bytes(void *buf, size_t n);

static uint64_t sp;

static uint64_t push_bytes(const void *p, size_t n)
{
	sp -= n;
	memcpy((void *)sp, p, n);
	return sp;
}

static uint64_t push_str(const char *s) { return push_bytes(s, strlen(s) + 1); }

noreturn void exec_program(struct cmdline *cl)
{
	const Elf64_Ehdr *eh = &__ehdr_start;
	uint64_t guard = STACK_TOP - STACK_SIZE - PAGE_SIZE;
	if (vma_map(guard, guard + PAGE_SIZE, PROT_NONE, VMA_STACK) ||
	    vma_map(guard + PAGE_SIZE, STACK_TOP, PROT_READ | PROT_WRITE, VMA_STACK))
		panic("cannot map the program stack");
	/* The kernel writes the initial stack directly: fault its pages in first. */
	uint64_t need = 2 * PAGE_SIZE + (uint64_t)(cl->argc + cl->envc + 64) * 8 + CMDLINE_MAX;
	if (user_check((void *)(STACK_TOP - need), need, true))
		panic("cannot populate the program stack");

	sp = STACK_TOP;
	uint64_t argv[MAXARG], envp[MAXARG];
	for (int i = 0; i < cl->envc; i++)
		envp[i] = push_str(cl->envp[i]);
	for (int i = 0; i < cl->argc; i++)
		argv[i] = push_str(cl->argv[i]);
	uint64_t platform_str = push_str("x86_64");
	uint8_t rnd[16];
	random_bytes(rnd, sizeof(rnd));
	uint64_t random = push_bytes(rnd, sizeof(rnd));

	uint64_t auxv[][2] = {
	        {AT_PHDR, (uint64_t)eh + eh->e_phoff},
	        {AT_PHENT, sizeof(Elf64_Phdr)},
	        {AT_PHNUM, eh->e_phnum},
	        {AT_PAGESZ, PAGE_SIZE},
	        {AT_BASE, 0},
	        {AT_FLAGS, 0},
	        {AT_ENTRY, eh->e_entry},
	        {AT_UID, 0},
	        {AT_EUID, 0},
	        {AT_GID, 0},
	        {AT_EGID, 0},
	        {AT_SECURE, 0},
	        {AT_CLKTCK, 100},
	        {AT_HWCAP, cpu_features_edx},
	        {AT_HWCAP2, 0},
	        {AT_RANDOM, random},
	        {AT_PLATFORM, platform_str},
	        {AT_EXECFN, argv[0]},
	        {AT_MINSIGSTKSZ, 2048 + fpu_state_size()},
	        {AT_NULL, 0},
	};
	/* argc + argv + NULL + envp + NULL + auxv must leave %rsp 16-byte aligned. */
	uint64_t words = 1 + cl->argc + 1 + cl->envc + 1 + 2 * ARRAY_SIZE(auxv);
	sp = ALIGN_DOWN(sp, 16);
	if (words & 1)
		sp -= 8;
	push_bytes(auxv, sizeof(auxv));
	uint64_t zero = 0;
	push_bytes(&zero, 8);
	push_bytes(envp, cl->envc * 8);
	push_bytes(&zero, 8);
	push_bytes(argv, cl->argc * 8);
	uint64_t argc = cl->argc;
	push_bytes(&argc, 8);

	klog(LOG_DEBUG, "entering program at %lx, stack %lx\n", (uint64_t)eh->e_entry, sp);
	register uint64_t stack __asm__("r12") = sp;
	register uint64_t entry __asm__("r13") = eh->e_entry;
	__asm__ volatile("mov %0, %%rsp\n\t"
	                 "xor %%eax, %%eax; xor %%ebx, %%ebx; xor %%ecx, %%ecx; xor %%edx, %%edx\n\t"
	                 "xor %%esi, %%esi; xor %%edi, %%edi; xor %%ebp, %%ebp\n\t"
	                 "xor %%r8d, %%r8d; xor %%r9d, %%r9d; xor %%r10d, %%r10d; xor %%r11d, %%r11d\n\t"
	                 "sti\n\t"
	                 "jmp *%1" ::"r"(stack),
	                 "r"(entry)
	                 : "memory");
	__builtin_unreachable();
}
