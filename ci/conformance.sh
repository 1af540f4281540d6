#!/bin/bash
# ci/conformance.sh: the differential suites. Every tests/conformance/NAME.c is built twice, with
# musl-gcc for Linux and with x86_64-halvm-gcc for HaLVM; every tests/haskell/NAME.hs (with
# --suite haskell) with ghc and with x86_64-halvm-ghc. Both are run, natively and under
# halvm-run, and the two stdouts and exit statuses must match exactly.
#
# Side files, all optional:
#   NAME.args    one line of shell words: the program's arguments
#   NAME.runs    several such lines: one run each (instead of NAME.args)
#   NAME.env     NAME=VALUE lines: the environment (natively under env -i; on HaLVM via --env)
#   NAME.stdin   the program's standard input (else /dev/null)
#   NAME.ghcopts extra ghc flags for both builds (Haskell), e.g. -with-rtsopts=-M16m
#   NAME.mem     guest memory in MiB for the HaLVM run (default 256, or $HALVM_MEM)
#   NAME.extra   extra source files in the same folder (Haskell: C files for the FFI)
# A native death by signal N counts as status 128+N, as HaLVM reports it. Natively the program
# runs in / (HaLVM's working directory).
# Usage: ci/conformance.sh [BUILD_DIR] [--suite c|haskell] [NAME...]
B=$(cd "${1:-build}" && pwd)
shift 2>/dev/null
suite=c
if [ "${1:-}" = --suite ]; then
	suite=$2
	shift 2
fi
case $suite in
c) src=$(cd "$(dirname "$0")/../tests/conformance" && pwd) ext=c out=$B/conformance ;;
haskell) src=$(cd "$(dirname "$0")/../tests/haskell" && pwd) ext=hs out=$B/haskell ;;
*) echo "ci/conformance.sh: unknown suite $suite (c, haskell)" >&2; exit 2 ;;
esac
mkdir -p "$out/native" "$out/halvm" "$out/results"
pass=0 fail=0

names=("$@")
if [ ${#names[@]} = 0 ]; then
	for f in "$src"/*.$ext; do names+=("$(basename "$f" .$ext)"); done
fi

build() { # name -> 0 if both binaries are ready
	local n=$1 log=$out/results/$n.build
	if [ $ext = c ]; then
		[ "$out/native/$n" -nt "$src/$n.c" ] || musl-gcc -static -O2 -o "$out/native/$n" "$src/$n.c" 2>"$log" || return 1
		[ "$out/halvm/$n" -nt "$src/$n.c" ] && [ "$out/halvm/$n" -nt "$B/lib/x86_64-halvm-xen/lib/halvm-kernel.o" ] ||
			"$B/bin/x86_64-halvm-gcc" -O2 -o "$out/halvm/$n" "$src/$n.c" 2>>"$log"
		return
	fi
	local opts=() extra=()
	[ -f "$src/$n.ghcopts" ] && read -r -a opts <"$src/$n.ghcopts"
	[ -f "$src/$n.extra" ] && for f in $(cat "$src/$n.extra"); do extra+=("$src/$f"); done
	[ "$out/native/$n" -nt "$src/$n.hs" ] ||
		ghc -O -rtsopts -outputdir "$out/obj-native/$n" "${opts[@]}" -o "$out/native/$n" "$src/$n.hs" "${extra[@]}" >"$log" 2>&1 || return 1
	[ "$out/halvm/$n" -nt "$src/$n.hs" ] && [ "$out/halvm/$n" -nt "$B/lib/x86_64-halvm-xen/lib/halvm-kernel.o" ] ||
		rm -f "$out/halvm/$n" # else GHC skips the link when only the kernel changed
	[ -f "$out/halvm/$n" ] ||
		"$B/bin/x86_64-halvm-ghc" -O -rtsopts -outputdir "$out/obj-halvm/$n" "${opts[@]}" -o "$out/halvm/$n" "$src/$n.hs" "${extra[@]}" >>"$log" 2>&1
}

run_native() { # name args... ; stdout -> file, status echoed
	local n=$1
	shift
	local envs=()
	[ -f "$src/$n.env" ] && mapfile -t envs <"$src/$n.env"
	(cd / && exec timeout 120 env -i "${envs[@]}" "$out/native/$n" "$@") <"${stdin:-/dev/null}" >"$out/results/$n.native" 2>/dev/null
	local s=$?
	echo $s
}

run_halvm() {
	local n=$1
	shift
	local envs=() opts=()
	[ -f "$src/$n.env" ] && mapfile -t envs <"$src/$n.env"
	for e in "${envs[@]}"; do opts+=(--env "$e"); done
	local mem=${HALVM_MEM:-256}
	[ -f "$src/$n.mem" ] && mem=$(cat "$src/$n.mem")
	"$B/bin/halvm-run" --timeout 120 --mem "$mem" "${opts[@]}" "$out/halvm/$n" "$@" <"${stdin:-/dev/null}" \
		>"$out/results/$n.halvm" 2>"$out/results/$n.log"
	echo $?
}

check() { # name label args...
	local n=$1 label=$2
	shift 2
	local t0=$(date +%s.%N)
	local ns hs
	ns=$(run_native "$n" "$@")
	hs=$(run_halvm "$n" "$@")
	local t=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
	if [ "$ns" = "$hs" ] && cmp -s "$out/results/$n.native" "$out/results/$n.halvm"; then
		echo "PASS $label (${t}s)"
		pass=$((pass + 1))
	else
		echo "FAIL $label: status native $ns, halvm $hs"
		diff "$out/results/$n.native" "$out/results/$n.halvm" | head -20 | sed 's/^/    | /'
		grep -a -e CRASH -e PANIC -e 'unimplemented syscall' -e 'killed by' "$out/results/$n.log" | head -5 | sed 's/^/    log: /'
		fail=$((fail + 1))
	fi
}

for n in "${names[@]}"; do
	if [ ! -f "$src/$n.$ext" ]; then
		echo "FAIL $n: no such test"
		fail=$((fail + 1))
		continue
	fi
	if ! build "$n"; then
		echo "FAIL $n: build failed"
		sed 's/^/    | /' "$out/results/$n.build" | head -10
		fail=$((fail + 1))
		continue
	fi
	stdin=
	[ -f "$src/$n.stdin" ] && stdin=$src/$n.stdin
	if [ -f "$src/$n.runs" ]; then
		i=0
		while IFS= read -r line; do
			i=$((i + 1))
			eval "set -- $line"
			check "$n" "$n[$i: $line]" "$@"
		done <"$src/$n.runs"
	elif [ -f "$src/$n.args" ]; then
		eval "set -- $(cat "$src/$n.args")"
		check "$n" "$n" "$@"
	else
		check "$n" "$n"
	fi
done
echo "$pass passed, $fail failed"
[ $fail = 0 ]
