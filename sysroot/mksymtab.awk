# mksymtab.awk: turn `nm -n --defined-only IMAGE` into the assembly of the crash-report symbol table
# (.halvm_symtab: "HALVMSYM", count, {addr, name offset, 0}[count], names), read by kernel/crash.c.
BEGIN { n = 0 }
$2 ~ /^[TtWw]$/ && $3 !~ /^\.L/ && $1 != last {
	addr[n] = $1; name[n] = $3; last = $1; n++
}
END {
	print "\t.section .halvm_symtab, \"a\""
	print "\t.p2align 3"
	print "\t.ascii \"HALVMSYM\""
	print "\t.quad " n
	off = 0
	for (i = 0; i < n; i++) {
		print "\t.quad 0x" addr[i] "\n\t.long " off ", 0"
		off += length(name[i]) + 1
	}
	for (i = 0; i < n; i++) {
		s = name[i]; gsub(/\\/, "\\\\", s); gsub(/"/, "\\\"", s)
		print "\t.asciz \"" s "\""
	}
	print "\t.section .note.GNU-stack, \"\", @progbits"
}
