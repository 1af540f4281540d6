/*
 * kvm-probe.S: the smallest PVH guest, used by halvm-run to learn whether KVM really runs
 * guests on this host (/dev/kvm alone proves nothing: kvm_pvm hosts have it and fail).
 * It writes 0x31 to isa-debug-exit, so QEMU exits with status (0x31 << 1) | 1 = 99.
 */
	.section .note.Xen, "a", @note
	.p2align 2
	.long 4, 4, 18 /* namesz, descsz, XEN_ELFNOTE_PHYS32_ENTRY */
	.asciz "Xen"
	.long _start

	.text
	.code32
	.globl _start
_start:
	movb $0x31, %al
	outb %al, $0xf4
1:	hlt
	jmp 1b
	.section .note.GNU-stack, "", @progbits
