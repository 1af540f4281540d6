#!/bin/bash
# bench/hello-bench.sh: C hello world, side by side in one run: HaLVM vs a Solo5 virtio unikernel
# (when SOLO5_DIR points at a built Solo5 tree) vs a static glibc Linux binary. Reports image
# sizes, HaLVM's smallest guest memory, whole-QEMU wall time as a ratio (median of N runs,
# same QEMU options) and boot-to-main inside the guest. Not a timed test: figures are for
# bench/README.md and the issue notes.
# Usage: SOLO5_DIR=/path/to/built/solo5 bench/hello-bench.sh [BUILD_DIR] [N]
set -u
cd "$(dirname "$0")/.."
B=${1:-build}
N=${2:-10}
out=$B/bench
mkdir -p "$out"
qemu=(qemu-system-x86_64 -nodefaults -no-user-config -display none -no-reboot -machine pc -m 64 -accel tcg -cpu max
	-device isa-debug-exit,iobase=0xf4,iosize=4)

echo "== building" >&2
"$B/bin/x86_64-halvm-gcc" -O2 -o "$out/hello.halvm" bench/hello.c
gcc -O2 -static -o "$out/hello.glibc" bench/hello.c
strip -o "$out/hello.halvm.stripped" "$out/hello.halvm"
strip -o "$out/hello.glibc.stripped" "$out/hello.glibc"
solo5=
if [ -n "${SOLO5_DIR:-}" ] && [ -f "$SOLO5_DIR/tests/test_hello/test_hello.virtio" ]; then
	solo5=$SOLO5_DIR/tests/test_hello/test_hello.virtio
	strip -o "$out/hello.solo5.stripped" "$solo5"
else
	echo "(no Solo5: set SOLO5_DIR to a Solo5 tree built with ./configure.sh && make)" >&2
fi

size() { stat -c %s "$1"; }
. bench/median.sh
wall() { # command... -> median wall seconds over N runs
	for i in $(seq "$N"); do
		local t0=$(date +%s.%N)
		"$@" >/dev/null 2>&1 </dev/null
		awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.4f\n", b - a }'
	done | median
}

echo "== smallest guest memory for the HaLVM hello" >&2
minmem=none
for m in 2 3 4 5 6 8 12 16; do
	if "$B/bin/halvm-run" --mem "$m" --timeout 30 --kernel-opt quiet "$out/hello.halvm" 2>/dev/null | grep -q Hello; then
		minmem=$m
		break
	fi
done

echo "== wall time, median of $N runs each" >&2
t_halvm=$(wall "${qemu[@]}" -kernel "$out/hello.halvm" -append "quiet -- hello" -serial null -serial null)
t_run=$(wall "$B/bin/halvm-run" --kernel-opt quiet "$out/hello.halvm")
t_solo5=
[ -z "$solo5" ] || t_solo5=$(wall "${qemu[@]}" -kernel "$solo5" -append hello -serial null)
t_linux=$(wall "$out/hello.glibc")
main_us=$("$B/bin/halvm-run" --kernel-opt quiet "$out/hello.halvm" | sed -n 's/main reached at \([0-9]*\) us/\1/p')

printf '\n%-44s %12s\n' "C hello world" "value"
printf '%-44s %12s\n' "HaLVM image, stripped (bytes)" "$(size "$out/hello.halvm.stripped")"
[ -z "$solo5" ] || printf '%-44s %12s\n' "Solo5 virtio image, stripped (bytes)" "$(size "$out/hello.solo5.stripped")"
[ -z "$solo5" ] || printf '%-44s %12s\n' "Solo5 virtio image, as built (bytes)" "$(size "$solo5")"
printf '%-44s %12s\n' "static glibc Linux binary, stripped (bytes)" "$(size "$out/hello.glibc.stripped")"
printf '%-44s %12s\n' "HaLVM smallest --mem that runs it (MiB)" "$minmem"
printf '%-44s %12s\n' "HaLVM boot-to-main inside the guest (us)" "$main_us"
printf '%-44s %12s\n' "QEMU wall time, HaLVM (s)" "$t_halvm"
printf '%-44s %12s\n' "halvm-run wall time (s)" "$t_run"
if [ -n "$solo5" ]; then
	printf '%-44s %12s\n' "QEMU wall time, Solo5 virtio (s)" "$t_solo5"
	printf '%-44s %12s\n' "ratio HaLVM / Solo5 (QEMU wall)" "$(awk -v a="$t_halvm" -v b="$t_solo5" 'BEGIN { printf "%.2f", a / b }')"
	printf '%-44s %12s\n' "ratio halvm-run / Solo5 (QEMU wall)" "$(awk -v a="$t_run" -v b="$t_solo5" 'BEGIN { printf "%.2f", a / b }')"
fi
printf '%-44s %12s\n' "native Linux process wall time (s)" "$t_linux"
