/* symtab-empty.S: the empty crash-report symbol table of x86_64-halvm-gcc's first link pass (magic "HALVMSYM", count 0). */
	.section .halvm_symtab, "a"
	.p2align 3
	.ascii "HALVMSYM"
	.quad 0
	.section .note.GNU-stack, "", @progbits
