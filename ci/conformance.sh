#!/bin/bash
# ci/conformance.sh: the differential conformance suite. Every tests/conformance/NAME.c is built
# twice, with musl-gcc for Linux and with x86_64-halvm-gcc for HaLVM, run natively and under
# halvm-run, and the two stdouts and exit statuses must match exactly.
#
# Side files, all optional:
#   NAME.args    one line of shell words: the program's arguments
#   NAME.runs    several such lines: one run each (instead of NAME.args)
#   NAME.env     NAME=VALUE lines: the environment (natively under env -i; on HaLVM via --env)
#   NAME.stdin   the program's standard input (else /dev/null)
# A native death by signal N counts as status 128+N, as HaLVM reports it. Natively the program
# runs in / (HaLVM's working directory).
# Usage: ci/conformance.sh [BUILD_DIR] [NAME...]
B=$(cd "${1:-build}" && pwd)
shift 2>/dev/null
src=$(cd "$(dirname "$0")/../tests/conformance" && pwd)
out=$B/conformance
mkdir -p "$out/native" "$out/halvm" "$out/results"
pass=0 fail=0

names=("$@")
if [ ${#names[@]} = 0 ]; then
	for f in "$src"/*.c; do names+=("$(basename "$f" .c)"); done
fi

build() { # name -> 0 if both binaries are ready
	local n=$1
	[ "$out/native/$n" -nt "$src/$n.c" ] || musl-gcc -static -O2 -o "$out/native/$n" "$src/$n.c" 2>"$out/results/$n.build" || return 1
	[ "$out/halvm/$n" -nt "$src/$n.c" ] && [ "$out/halvm/$n" -nt "$B/lib/x86_64-halvm-xen/lib/halvm-kernel.o" ] ||
		"$B/bin/x86_64-halvm-gcc" -O2 -o "$out/halvm/$n" "$src/$n.c" 2>>"$out/results/$n.build"
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
	"$B/bin/halvm-run" --timeout 120 "${opts[@]}" "$out/halvm/$n" "$@" <"${stdin:-/dev/null}" \
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
	if [ ! -f "$src/$n.c" ]; then
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
