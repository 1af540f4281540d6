#!/bin/bash
# ci/conformance.sh: the differential suites. Every tests/conformance/NAME.c is built twice,
# with `musl-gcc -static` for Linux and with x86_64-halvm-gcc for HaLVM; every
# tests/haskell/NAME.hs (with --suite haskell) with ghc and with x86_64-halvm-ghc. Each program
# is run natively and under halvm-run, and the two stdouts (bytes) and exit statuses must match.
#
# Usage: ci/conformance.sh [BUILD_DIR] [--suite c|haskell] [NAME...]
#   BUILD_DIR  the build tree (default: build); taken as such when it is an existing directory
#   NAME...    the tests to run (default: all of the suite)
# Output: one line per run, "PASS name (1.3s)" or "FAIL name: reason" followed by the first 20
# lines of the stdout diff (< native, > HaLVM); the last line is exactly "N passed, M failed".
# The exit status is non-zero when anything failed. Binaries and outputs are kept under
# BUILD_DIR/conformance/{native,halvm,results} (BUILD_DIR/haskell/... for Haskell).
#
# Side files next to NAME.c (or NAME.hs), all optional:
#   NAME.args    one line of shell words (quoted as in the shell): the program's arguments
#   NAME.runs    one such line per run: the program is run once per line (instead of NAME.args),
#                each run reported as "NAME[i: ARGS]"
#   NAME.env     NAME=VALUE lines: the program's whole environment (natively under `env -i`, on
#                HaLVM with `halvm-run --env NAME=VALUE` per line); without it, the environment
#                is empty
#   NAME.stdin   the program's standard input, byte-exact (else /dev/null)
#   NAME.mem     guest memory in MiB for the HaLVM run (default 256, or $HALVM_MEM)
#   NAME.ghcopts extra ghc flags for both builds (Haskell), e.g. -with-rtsopts=-M16m
#   NAME.extra   extra source files in the same folder (Haskell: C files for the FFI)
#   NAME.stderr  (empty) compare stderr too: the native stderr against HaLVM's, which is the
#                console's second stream without the kernel's own "halvm: " log lines
# Shared headers (tests/conformance/*.h) are not tests; a test rebuilds when they change.
#
# Native runs happen in / (HaLVM's working directory) with `env -i`, stdout captured, stderr
# kept aside. A native death by signal N counts as status 128+N, which is how HaLVM reports it.
# Each run is limited to $CONFORMANCE_TIMEOUT seconds (default 60 for C, 120 for Haskell);
# a timeout shows as status 124. $CONFORMANCE_HALVM_OPTS adds halvm-run options to every HaLVM
# run, e.g. CONFORMANCE_HALVM_OPTS="--accel tcg" to try the suite without KVM.
set -u
B=build
if [ $# -gt 0 ] && [ -d "$1" ]; then
	B=$1
	shift
fi
mkdir -p "$B" && B=$(cd "$B" && pwd)
suite=c
if [ "${1:-}" = --suite ]; then
	suite=${2:-}
	shift 2 || shift
fi
top=$(cd "$(dirname "$0")/.." && pwd)
case $suite in
c) src=$top/tests/conformance ext=c out=$B/conformance limit=${CONFORMANCE_TIMEOUT:-60} ;;
haskell) src=$top/tests/haskell ext=hs out=$B/haskell limit=${CONFORMANCE_TIMEOUT:-120} ;;
*)
	echo "ci/conformance.sh: unknown suite '$suite' (c, haskell)" >&2
	exit 2
	;;
esac
mkdir -p "$out/native" "$out/halvm" "$out/results"
kernel_obj=$B/lib/x86_64-halvm-xen/lib/halvm-kernel.o
pass=0 fail=0

names=("$@")
if [ ${#names[@]} = 0 ]; then
	for f in "$src"/*."$ext"; do
		[ -e "$f" ] && names+=("$(basename "$f" ."$ext")")
	done
fi

# Why nothing can be built or run at all, if that is so (then every test fails with it).
missing=
if [ $ext = c ]; then
	command -v musl-gcc >/dev/null || missing="musl-gcc is not installed"
	[ -x "$B/bin/x86_64-halvm-gcc" ] || missing="no HaLVM compiler at $B/bin/x86_64-halvm-gcc (run make)"
else
	command -v ghc >/dev/null || missing="ghc is not installed"
	[ -x "$B/bin/x86_64-halvm-ghc" ] || missing="no HaLVM compiler at $B/bin/x86_64-halvm-ghc (run make)"
fi
[ -n "$missing" ] || [ -x "$B/bin/halvm-run" ] || missing="no $B/bin/halvm-run (run make)"

newer() { # target sources... -> 0 if target exists and is newer than every source that exists
	local t=$1 s
	shift
	[ -e "$t" ] || return 1
	for s in "$@"; do
		[ ! -e "$s" ] || [ "$t" -nt "$s" ] || return 1
	done
}

build() { # name -> 0 when both binaries are ready; the compilers' output in results/NAME.build
	local n=$1
	local log=$out/results/$n.build
	: >"$log"
	if [ $ext = c ]; then
		local deps=("$src/$n.c" "$src"/*.h)
		newer "$out/native/$n" "${deps[@]}" ||
			musl-gcc -static -O2 -o "$out/native/$n" "$src/$n.c" >>"$log" 2>&1 || return 1
		newer "$out/halvm/$n" "${deps[@]}" "$kernel_obj" ||
			"$B/bin/x86_64-halvm-gcc" -O2 -o "$out/halvm/$n" "$src/$n.c" >>"$log" 2>&1 || return 1
		return 0
	fi
	local opts=() extra=() f
	[ -f "$src/$n.ghcopts" ] && read -r -a opts <"$src/$n.ghcopts"
	if [ -f "$src/$n.extra" ]; then
		local words
		read -r -d "" -a words <"$src/$n.extra" # every word on every line
		for f in ${words[@]+"${words[@]}"}; do extra+=("$src/$f"); done
	fi
	newer "$out/native/$n" "$src/$n.hs" ${extra[@]+"${extra[@]}"} ||
		ghc -O -rtsopts -outputdir "$out/obj-native/$n" ${opts[@]+"${opts[@]}"} -o "$out/native/$n" \
			"$src/$n.hs" ${extra[@]+"${extra[@]}"} >>"$log" 2>&1 || return 1
	# GHC skips the link when only the kernel changed, so remove a stale image first.
	newer "$out/halvm/$n" "$src/$n.hs" ${extra[@]+"${extra[@]}"} "$kernel_obj" || rm -f "$out/halvm/$n"
	[ -f "$out/halvm/$n" ] ||
		"$B/bin/x86_64-halvm-ghc" -O -rtsopts -outputdir "$out/obj-halvm/$n" ${opts[@]+"${opts[@]}"} \
			-o "$out/halvm/$n" "$src/$n.hs" ${extra[@]+"${extra[@]}"} >>"$log" 2>&1
}

envs=() # the test's NAME=VALUE lines
load_env() {
	envs=()
	local line
	if [ -f "$src/$1.env" ]; then
		while IFS= read -r line || [ -n "$line" ]; do
			[ -n "$line" ] && envs+=("$line")
		done <"$src/$1.env"
	fi
}

run_native() { # tag name args... -> stdout in results/TAG.native; prints the status
	local tag=$1 n=$2
	shift 2
	(cd / && exec timeout -k 5 "$limit" env -i ${envs[@]+"${envs[@]}"} "$out/native/$n" "$@") \
		<"$stdin" >"$out/results/$tag.native" 2>"$out/results/$tag.native-stderr"
	local s=$?
	# bash reports a child killed by signal N as 128+N; timeout(1) passes that on (it
	# re-raises the signal on itself), so nothing to translate here.
	echo "$s"
}

run_halvm() { # tag name args... -> stdout in results/TAG.halvm, log in TAG.log; prints the status
	local tag=$1 n=$2
	shift 2
	local opts=() e mem=${HALVM_MEM:-256}
	for e in ${envs[@]+"${envs[@]}"}; do opts+=(--env "$e"); done
	[ -f "$src/$n.mem" ] && mem=$(cat "$src/$n.mem")
	local extra=()
	read -r -a extra <<<"${CONFORMANCE_HALVM_OPTS:-}"
	"$B/bin/halvm-run" --timeout "$limit" --mem "$mem" ${extra[@]+"${extra[@]}"} ${opts[@]+"${opts[@]}"} "$out/halvm/$n" "$@" \
		<"$stdin" >"$out/results/$tag.halvm" 2>"$out/results/$tag.log"
	echo $?
}

describe() { # status -> a word on what it means
	case $1 in
	0) echo "$1" ;;
	124) echo "124 (timed out after ${limit}s)" ;;
	125) echo "125 (halvm-run or QEMU failed)" ;;
	*) if [ "$1" -gt 128 ] && [ "$1" -lt 160 ]; then echo "$1 (signal $(($1 - 128)))"; else echo "$1"; fi ;;
	esac
}

check() { # name label tag args...
	local n=$1 label=$2 tag=$3
	shift 3
	local t0 ns hs t
	t0=$(date +%s.%N)
	ns=$(run_native "$tag" "$n" "$@")
	hs=$(run_halvm "$tag" "$n" "$@")
	t=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
	local err_ok=yes
	if [ -f "$src/$n.stderr" ]; then
		grep -av '^halvm: ' "$out/results/$tag.log" >"$out/results/$tag.halvm-stderr"
		cmp -s "$out/results/$tag.native-stderr" "$out/results/$tag.halvm-stderr" || err_ok=no
	fi
	if [ "$ns" = "$hs" ] && cmp -s "$out/results/$tag.native" "$out/results/$tag.halvm" && [ $err_ok = yes ]; then
		echo "PASS $label (${t}s)"
		pass=$((pass + 1))
		return
	fi
	local why
	why="status native $(describe "$ns"), halvm $(describe "$hs")"
	cmp -s "$out/results/$tag.native" "$out/results/$tag.halvm" || why="stdout differs; $why"
	[ $err_ok = yes ] || why="stderr differs; $why"
	echo "FAIL $label: $why (${t}s)"
	diff -a "$out/results/$tag.native" "$out/results/$tag.halvm" | head -20 | sed 's/^/    | /'
	[ $err_ok = yes ] || diff -a "$out/results/$tag.native-stderr" "$out/results/$tag.halvm-stderr" |
		head -10 | sed 's/^/    stderr| /'
	grep -a -i -e crash -e panic -e 'unimplemented syscall' -e 'killed by' -e 'halvm-run:' \
		"$out/results/$tag.log" | head -5 | sed 's/^/    log: /'
	fail=$((fail + 1))
}

for n in "${names[@]}"; do
	if [ ! -f "$src/$n.$ext" ]; then
		echo "FAIL $n: no such test ($src/$n.$ext)"
		fail=$((fail + 1))
		continue
	fi
	if [ -n "$missing" ]; then
		echo "FAIL $n: $missing"
		fail=$((fail + 1))
		continue
	fi
	if ! build "$n"; then
		echo "FAIL $n: build failed"
		head -10 "$out/results/$n.build" | sed 's/^/    | /'
		fail=$((fail + 1))
		continue
	fi
	load_env "$n"
	stdin=/dev/null
	[ -f "$src/$n.stdin" ] && stdin=$src/$n.stdin
	if [ -f "$src/$n.runs" ]; then
		i=0
		while IFS= read -r line || [ -n "$line" ]; do
			i=$((i + 1))
			eval "set -- $line"
			check "$n" "${n}[$i: $line]" "$n.$i" "$@" </dev/null
		done <"$src/$n.runs"
	elif [ -f "$src/$n.args" ]; then
		eval "set -- $(cat "$src/$n.args")"
		check "$n" "$n" "$n" "$@"
	else
		check "$n" "$n" "$n"
	fi
done
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
