/*
 * boot.S: PVH entry. Xen and QEMU's PVH loader jump here in 32-bit flat
 * protected mode with paging off and %ebx = physical address of the
 * struct hvm_start_info. We build just enough page tables to enter long mode
 * (first 4 GiB identity mapped and mirrored at the physmap), then call
 * kmain(start_info). mm/paging.c replaces these tables with the real ones.
 * The Xen ELF notes that make this file a PVH kernel live here too.
 */
#include <xen/elfnote.h>

#define PHYSMAP_PML4_SLOT 256 /* PHYSMAP_BASE >> 39 & 511 */

	.section .note.Xen, "a", @note
	.p2align 2
#define XEN_NOTE(type, desc...)            \
	.long 4; .long 2f - 1f; .long type; \
	.asciz "Xen";                       \
	1: desc; 2: .p2align 2
	XEN_NOTE(XEN_ELFNOTE_GUEST_OS, .asciz "HaLVM")
	XEN_NOTE(XEN_ELFNOTE_GUEST_VERSION, .asciz "1")
	XEN_NOTE(XEN_ELFNOTE_XEN_VERSION, .asciz "xen-3.0")
	XEN_NOTE(XEN_ELFNOTE_LOADER, .asciz "generic")
	XEN_NOTE(XEN_ELFNOTE_PHYS32_ENTRY, .long halvm_pvh_entry)

	.section .data.boot, "aw"
	.p2align 4
boot_gdt:
	.quad 0
	.quad 0x00af9a000000ffff /* 0x08: 64-bit code */
	.quad 0x00cf92000000ffff /* 0x10: data */
	.quad 0x00cf9a000000ffff /* 0x18: 32-bit code */
boot_gdt_end:
boot_gdtr:
	.word boot_gdt_end - boot_gdt - 1
	.quad boot_gdt

	/* The boot page tables are 24 KiB of zeroes: kept out of the image and cleared
	 * below, so they cost nothing on disk and need no loader to have zeroed them. */
	.section .bss.boot, "aw", @nobits
	.p2align 12
boot_pml4:
	.skip 4096
boot_pdpt:
	.skip 4096
boot_pd:
	.skip 4 * 4096
boot_tables_end:
	.globl boot_stack_top
boot_stack:
	.skip 16384
boot_stack_top:

	.section .text.boot, "ax"
	.code32
	.globl halvm_pvh_entry
halvm_pvh_entry:
	cli
	cld
	movl %ebx, %esi /* keep start_info */

	movl $boot_pml4, %edi /* zero the six table pages */
	xorl %eax, %eax
	movl $(boot_tables_end - boot_pml4) / 4, %ecx
	rep stosl

	/* 4 page directories of 2 MiB pages: identity map 0..4 GiB. */
	movl $boot_pd, %edi
	movl $0x83, %eax /* present | writable | huge */
	xorl %edx, %edx
	movl $2048, %ecx
1:	movl %eax, (%edi)
	movl %edx, 4(%edi)
	addl $0x200000, %eax
	adcl $0, %edx
	addl $8, %edi
	loop 1b

	/* pdpt[0..3] -> the 4 directories */
	movl $boot_pdpt, %edi
	movl $boot_pd + 3, %eax
	movl $4, %ecx
2:	movl %eax, (%edi)
	addl $4096, %eax
	addl $8, %edi
	loop 2b

	/* pml4[0] and pml4[PHYSMAP] -> pdpt */
	movl $boot_pdpt + 3, %eax
	movl %eax, boot_pml4
	movl %eax, boot_pml4 + PHYSMAP_PML4_SLOT * 8

	movl %cr4, %eax
	orl $0x20, %eax /* PAE */
	movl %eax, %cr4
	movl $boot_pml4, %eax
	movl %eax, %cr3
	movl $0xc0000080, %ecx /* EFER: long mode, NX */
	rdmsr
	orl $0x900, %eax
	wrmsr
	movl %cr0, %eax
	orl $0x80010001, %eax /* PG | WP | PE */
	movl %eax, %cr0

	lgdt boot_gdtr
	ljmp $0x08, $long_mode

	.code64
long_mode:
	movl $0x10, %eax
	movl %eax, %ds
	movl %eax, %es
	movl %eax, %ss
	xorl %eax, %eax
	movl %eax, %fs
	movl %eax, %gs
	leaq boot_stack_top(%rip), %rsp
	xorl %ebp, %ebp /* terminates backtraces */
	movl %esi, %edi /* start_info, zero-extended */
	call kmain
3:	cli
	hlt
	jmp 3b

	.section .note.GNU-stack, "", @progbits
