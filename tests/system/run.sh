#!/bin/sh
# tests/system/run.sh: whole-system tests of behaviour that has no native twin: crash reports,
# logging options, bad boot input, timeouts. Each test boots a real image under QEMU through
# halvm-run and prints PASS or FAIL; the last line is "N passed, M failed".
# Usage: tests/system/run.sh [BUILD_DIR] [TEST...]
B=$(cd "${1:-build}" && pwd)
shift 2>/dev/null
here=$(cd "$(dirname "$0")" && pwd)
out=$B/system
mkdir -p "$out"
run="$B/bin/halvm-run --timeout 60"
pass=0 fail=0

image() { # build tests/system/$1.c once
	[ "$out/$1" -nt "$here/$1.c" ] || "$B/bin/x86_64-halvm-gcc" -O2 -o "$out/$1" "$here/$1.c"
}
result() { # name ok-flag detail
	if [ "$2" = 1 ]; then
		echo "PASS $1"
		pass=$((pass + 1))
	else
		echo "FAIL $1: $3"
		sed 's/^/    | /' "$out/stderr" | tail -25
		fail=$((fail + 1))
	fi
}
boot() { # run halvm-run with stdout/stderr captured; sets $status
	$run "$@" </dev/null >"$out/stdout" 2>"$out/stderr"
	status=$?
}
has() { grep -q -- "$1" "$out/${2:-stderr}"; }

t_crash_null() {
	image crash_null && boot "$out/crash_null"
	ok=0
	[ $status = 139 ] && has "CRASH: page fault" && has "cr2 0x0000000000000000" && has "<poke" &&
		has "backtrace" && has "about to crash" stdout && ! has "not reached" stdout && ok=1
	result crash_null $ok "status $status, want 139 with a report naming poke"
}
t_crash_ud() {
	image crash_ud && boot "$out/crash_ud"
	ok=0
	[ $status = 132 ] && has "CRASH: invalid opcode" && has "<main" && ok=1
	result crash_ud $ok "status $status, want 132 with a report"
}
t_unimplemented_once() {
	image unimplemented && boot "$out/unimplemented"
	ok=0
	[ $status = 0 ] && [ "$(grep -c 'unimplemented syscall 206 (io_setup)' "$out/stderr")" = 1 ] &&
		[ "$(grep -c 'io_setup: -1 ENOSYS' "$out/stdout")" = 3 ] && ok=1
	result unimplemented_once $ok "status $status; want ENOSYS 3 times, logged once"
}
t_console_fds() {
	image console_fds && boot --kernel-opt quiet "$out/console_fds"
	ok=0
	# stdin is /dev/null here, so halvm-run hands fd 0 over as an empty pipe
	[ $status = 0 ] && has "fd 0: character device no, pipe yes, isatty no" stdout &&
		[ "$(grep -c 'character device yes, pipe no, isatty yes' "$out/stdout")" = 2 ] &&
		has "/dev/console opens: yes, isatty yes" stdout &&
		has "/dev/null opens: yes, reads end-of-file yes, not a tty yes" stdout && has "/etc/passwd: ENOENT" stdout && ok=1
	result console_fds $ok "status $status; want fds 1-2 terminals, fd 0 a pipe, /dev/console and /dev/null, ENOENT elsewhere"
}
t_banner_and_quiet() {
	image unimplemented && boot "$out/unimplemented"
	ok=0
	has "HaLVM .* booting on qemu" && has "memory:" && has "clock " && ok=1
	boot --kernel-opt quiet "$out/unimplemented"
	has "booting" && ok=0
	result banner_and_quiet $ok "banner missing by default or shown under quiet"
}
t_strace() {
	image unimplemented && boot --kernel-opt strace "$out/unimplemented"
	ok=0
	[ $status = 0 ] && has "strace: writev(0x1" && has "strace: io_setup(.*) = -38" && ok=1
	result strace $ok "no strace lines"
}
t_bad_kernel_option() {
	image unimplemented && boot --kernel-opt no-such-option "$out/unimplemented"
	ok=0
	[ $status = 254 ] && has "unknown kernel option before --: no-such-option" && ok=1
	result bad_kernel_option $ok "status $status, want 254 and a message"
}
t_oversized_cmdline() {
	image unimplemented
	long=$(head -c 5000 /dev/zero | tr '\0' x)
	boot "$out/unimplemented" "$long"
	ok=0
	[ $status = 125 ] && has "command line too long" && ok=1
	# and the kernel's own check, past halvm-run (QEMU directly, 4105 bytes)
	long=$(head -c 4100 /dev/zero | tr '\0' x)
	timeout 60 qemu-system-x86_64 -nodefaults -no-user-config -display none -no-reboot -m 64 -accel tcg \
		-kernel "$out/unimplemented" -append "-- a $long" -serial null -serial file:"$out/stderr" \
		-device isa-debug-exit,iobase=0xf4,iosize=4 </dev/null
	qs=$?
	[ $qs = $(((254 << 1 | 1) & 255)) ] && has "command line longer than 4096" || ok=0
	result oversized_cmdline $ok "status $status, want a clear command-line error"
}
t_too_little_memory() {
	image unimplemented && boot --mem 2 "$out/unimplemented"
	ok=0
	# 254 is the documented status for unusable boot input (docs/debugging.md)
	[ $status = 254 ] && grep -q "cannot start: too little memory" "$out/stderr" && ok=1
	result too_little_memory $ok "status $status, want 254 and a clear memory error, not a hang"
}
t_timeout() {
	image spin
	start=$(date +%s)
	$B/bin/halvm-run --timeout 3 "$out/spin" </dev/null >"$out/stdout" 2>"$out/stderr"
	status=$? took=$(($(date +%s) - start))
	ok=0
	[ $status = 124 ] && [ $took -lt 15 ] && ok=1
	result timeout $ok "status $status after ${took}s, want 124 within 15s"
}

t_interactive_tty() {
	# A real terminal on stdin and stdout (script(1) makes a pty): the kernel echoes, edits
	# the line (DEL erases), and ^D at the start of a line is end-of-file.
	image cat_stdin
	(sleep 2; printf 'hello tty\r'; sleep 0.5; printf 'abX\177c\r'; sleep 0.5; printf '\004') |
		timeout 60 script -qfec "$run --kernel-opt quiet $out/cat_stdin" /dev/null >"$out/stdout" 2>"$out/stderr"
	status=$?
	tr -d '\r' <"$out/stdout" >"$out/stdout.lf"
	ok=0
	[ $status = 0 ] && [ "$(grep -c '^hello tty$' "$out/stdout.lf")" = 2 ] && grep -q '^abc$' "$out/stdout.lf" &&
		grep -q 'total 14 n=0' "$out/stdout.lf" && ok=1
	result interactive_tty $ok "status $status; want echo, line editing and ^D end-of-file"
}

t_ld_link() {
	# x86_64-halvm-ld: a final link by hand from an object compiled with x86_64-halvm-gcc -c
	local lib=$B/lib/x86_64-halvm-xen/lib
	"$B/bin/x86_64-halvm-gcc" -c -O2 -o "$out/cat_stdin.o" "$here/cat_stdin.c" &&
		"$B/bin/x86_64-halvm-ld" -o "$out/cat_ld" "$lib/crt1.o" "$lib/crti.o" "$out/cat_stdin.o" "$lib/crtn.o" 2>"$out/stderr"
	printf 'linked by hand\n' | $run --kernel-opt quiet "$out/cat_ld" >"$out/stdout" 2>>"$out/stderr"
	status=$?
	ok=0
	[ $status = 0 ] && grep -qx 'linked by hand' "$out/stdout" && has "total 15 n=0" && ok=1
	result ld_link $ok "status $status; want the hand-linked image to run"
}

t_cabal_package() {
	# x86_64-halvm-cabal builds a local package (library with .hsc and C sources + executable)
	# offline, in its own store
	rm -rf "$out/cabal-demo" "$out/cabal-home"
	cp -r "$here/cabal-demo" "$out/cabal-demo"
	(cd "$out/cabal-demo" && HALVM_CABAL_DIR="$out/cabal-home" "$B/bin/x86_64-halvm-cabal" build) >"$out/stderr" 2>&1
	local exe
	exe=$(find "$out/cabal-demo/dist-newstyle" -type f -name demo -perm -u+x 2>/dev/null | head -1)
	status=125
	[ -z "$exe" ] || { boot --kernel-opt quiet "$exe"; }
	ok=0
	[ "$status" = 0 ] && grep -q "('h',2),('l',3)" "$out/stdout" && grep -qx "hsc2hs agrees with C: True" "$out/stdout" && ok=1
	result cabal_package $ok "status $status; want the cabal-built image to run, its hsc2hs constants the image's"
}

t_ghc_rts_stats() {
	# +RTS -s on the boot command line reaches GHC's RTS, which prints GC statistics to stderr
	rm -f "$out/hs_hello" # GHC would skip the link if only the kernel changed
	"$B/bin/x86_64-halvm-ghc" -O -rtsopts -outputdir "$out/hs-obj" -o "$out/hs_hello" "$here/../haskell/hello.hs" >/dev/null 2>"$out/stderr"
	boot "$out/hs_hello" +RTS -s -RTS
	ok=0
	[ $status = 0 ] && grep -q "Hello, World!" "$out/stdout" && has "bytes allocated in the heap" && has "Productivity" && ok=1
	result ghc_rts_stats $ok "status $status; want GC statistics on stderr"
}
t_ghc_modes() {
	# ghc's usual modes through the wrapper: -c per module then a link naming -package, --make,
	# --print-libdir/--info passed to the host GHC, and x86_64-halvm-ghc-pkg's databases (global
	# < SDK < user, the user one apart from the host's) with a package registered in the user one
	local d=$out/ghc-modes ok=1
	rm -rf "$d" && mkdir -p "$d"
	printf 'module Lib (count) where\nimport qualified Data.Map.Strict as M\ncount :: String -> [(Char, Int)]\ncount s = M.toList (M.fromListWith (+) [(c, 1) | c <- s])\n' >"$d/Lib.hs"
	printf 'import Lib\nmain :: IO ()\nmain = print (count "modes")\n' >"$d/Main.hs"
	(cd "$d" && "$B/bin/x86_64-halvm-ghc" -c -O2 Lib.hs && "$B/bin/x86_64-halvm-ghc" -c -O2 Main.hs &&
		"$B/bin/x86_64-halvm-ghc" -package containers Lib.o Main.o -o split &&
		"$B/bin/x86_64-halvm-ghc" --make -O2 -outputdir make-obj Main.hs -o made) >"$out/stderr" 2>&1 || ok=0
	for img in split made; do
		boot --kernel-opt quiet "$d/$img"
		[ $status = 0 ] && grep -qx "\[('d',1),('e',1),('m',1),('o',1),('s',1)\]" "$out/stdout" || ok=0
	done
	[ "$("$B/bin/x86_64-halvm-ghc" --print-libdir)" = "$(ghc --print-libdir)" ] || ok=0
	"$B/bin/x86_64-halvm-ghc" --info | grep -q '"Project version","'"$(ghc --numeric-version)"'"' || ok=0
	export HALVM_PACKAGE_DB="$d/user.conf.d"
	"$B/bin/x86_64-halvm-ghc-pkg" list >"$d/list" 2>>"$out/stderr" || ok=0
	# the three databases, in order: the host's global one, the SDK's, the user's
	[ "$(grep -c '^/' "$d/list")" = 3 ] && grep '^/' "$d/list" | sed -n 2p | grep -q "x86_64-halvm-xen/lib/ghc-" &&
		grep '^/' "$d/list" | sed -n 3p | grep -q "$d/user.conf.d" || ok=0
	printf 'name: halvm-modes-probe\nversion: 1.0\nid: halvm-modes-probe-1.0\nkey: halvm-modes-probe-1.0\nexposed: True\n' >"$d/probe.conf"
	"$B/bin/x86_64-halvm-ghc-pkg" register --force "$d/probe.conf" >>"$out/stderr" 2>&1 || ok=0
	"$B/bin/x86_64-halvm-ghc-pkg" list --simple-output | grep -q "halvm-modes-probe-1.0" || ok=0
	ghc-pkg list --simple-output 2>/dev/null | grep -q "halvm-modes-probe" && ok=0 # never in the host's view
	"$B/bin/x86_64-halvm-ghc-pkg" unregister halvm-modes-probe >>"$out/stderr" 2>&1 || ok=0
	unset HALVM_PACKAGE_DB
	result ghc_modes $ok "want -c/link/--make images to run, --print-libdir/--info from the host GHC, layered package databases"
}
t_ghc_refusals() {
	# -threaded is refused with a clear message, and so is a GHC of another version
	ok=1
	"$B/bin/x86_64-halvm-ghc" -threaded "$here/../haskell/hello.hs" -o "$out/never" >"$out/stdout" 2>"$out/stderr" && ok=0
	has "-threaded is not supported yet" || ok=0
	printf '#!/bin/sh\necho 8.10.7\n' >"$out/fake-ghc" && chmod +x "$out/fake-ghc"
	HALVM_HOST_GHC="$out/fake-ghc" "$B/bin/x86_64-halvm-ghc" --version >"$out/stdout" 2>>"$out/stderr" && ok=0
	has "built for GHC .*, but .* is GHC 8.10.7" || ok=0
	"$B/bin/x86_64-halvm-ghc" --version | grep -q "HaLVM" || ok=0
	result ghc_refusals $ok "want clear refusals for -threaded and a mismatched GHC"
}

tests="ghc_rts_stats ghc_modes ghc_refusals cabal_package ld_link interactive_tty crash_null crash_ud console_fds unimplemented_once banner_and_quiet strace bad_kernel_option oversized_cmdline too_little_memory timeout"
[ $# -gt 0 ] && tests="$*"
for t in $tests; do "t_$t"; done
echo "$pass passed, $fail failed"
[ $fail = 0 ]
