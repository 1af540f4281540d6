/*
 * entry.S: every way into the kernel after boot: the 256 interrupt/exception
 * stubs and the syscall entry. Both build a struct trapframe (x86.h) and leave
 * through trap_return's iretq, which also resumes a signal handler when C code
 * rewrote the frame.
 *
 * Constraint: the program runs at ring 0 and uses the SysV red zone, so
 * nothing may ever be pushed on the program's stack. Interrupts and exceptions
 * arrive on IST stacks (cpu.c); the syscall entry switches stacks by hand
 * before touching memory below %rsp.
 */
#define SEL_KCODE 0x08
#define SEL_KDATA 0x10
#define VEC_SYSCALL 0x100

	.text

/* Exceptions with a hardware error code: 8, 10-14, 17, 21, 29, 30. */
.macro stub n
	.p2align 4
trap_stub_\n:
	.if (\n == 8) || (\n >= 10 && \n <= 14) || (\n == 17) || (\n == 21) || (\n == 29) || (\n == 30)
	.else
	pushq $0
	.endif
	pushq $\n
	jmp trap_common
.endm

.altmacro
.macro stubs from, to
	stub %from
	.if \to - \from
	stubs %(from + 1), \to
	.endif
.endm
	stubs 0, 63
	stubs 64, 127
	stubs 128, 191
	stubs 192, 255

.macro stubaddr n
	.quad trap_stub_\n
.endm
.macro stubaddrs from, to
	stubaddr %from
	.if \to - \from
	stubaddrs %(from + 1), \to
	.endif
.endm
	.section .rodata
	.globl trap_stub_table
	.p2align 3
trap_stub_table:
	stubaddrs 0, 63
	stubaddrs 64, 127
	stubaddrs 128, 191
	stubaddrs 192, 255

	.text
.macro save_regs
	pushq %rax
	pushq %rbx
	pushq %rcx
	pushq %rdx
	pushq %rsi
	pushq %rdi
	pushq %rbp
	pushq %r8
	pushq %r9
	pushq %r10
	pushq %r11
	pushq %r12
	pushq %r13
	pushq %r14
	pushq %r15
.endm

trap_common:
	save_regs
	cld
	movq %rsp, %rdi
	call trap_handler
	/* fall through */

	.globl trap_return
trap_return:
	popq %r15
	popq %r14
	popq %r13
	popq %r12
	popq %r11
	popq %r10
	popq %r9
	popq %r8
	popq %rbp
	popq %rdi
	popq %rsi
	popq %rdx
	popq %rcx
	popq %rbx
	popq %rax
	addq $16, %rsp /* vector, error */
	iretq

/*
 * syscall at CPL 0: %rcx = return rip, %r11 = rflags, interrupts masked by
 * SFMASK, %rsp still the program's. Single CPU, interrupts off: a global
 * scratch slot for the program %rsp is safe.
 */
	.globl syscall_entry
syscall_entry:
	movq %rsp, syscall_scratch_rsp(%rip)
	movq syscall_stack_top(%rip), %rsp
	pushq $SEL_KDATA
	pushq syscall_scratch_rsp(%rip)
	pushq %r11
	pushq $SEL_KCODE
	pushq %rcx
	pushq $0
	pushq $VEC_SYSCALL
	save_regs
	cld
	movq %rsp, %rdi
	call syscall_handler
	jmp trap_return

	.bss
	.p2align 3
syscall_scratch_rsp:
	.quad 0

	.section .note.GNU-stack, "", @progbits
