/*
 * hypercall_page.S: the page Xen fills with its hypercall stubs (32 bytes per hypercall).
 * It lives in the image's text segment because it must be executable: Xen writes it
 * through its guest-physical address, which is also its address here (identity map).
 * Until then every stub is a `ret` filler.
 */
	.section .text.xen_hypercall_page, "ax"
	.p2align 12
	.globl hypercall_page
hypercall_page:
	.fill 4096, 1, 0xc3
	.section .note.GNU-stack, "", @progbits
