#!/bin/bash
# bench/compute-bench.sh: compute and GC throughput of Haskell programs in a HaLVM guest vs a
# minimal Linux guest (Debian's kernel + an initramfs holding busybox and the same program as a
# static Linux binary), both under the same QEMU (TCG, same -cpu and -m). Each program times its
# own work with the monotonic clock inside the guest ("elapsed_ms N"); the report is the ratio
# Linux time / HaLVM time (above 1.0: HaLVM is faster). The machine is shared and noisy, so it
# runs ROUNDS alternating rounds (one Linux boot running every program, then every HaLVM image)
# and reports medians: of each side's times, and of the per-round ratios.
# Debian packages are fetched with apt-get download into a cache; nothing is installed.
# Usage: bench/compute-bench.sh [BUILD_DIR] [ROUNDS]    (default 3 rounds)
set -eu
cd "$(dirname "$0")/.."
B=$(cd "${1:-build}" && pwd)
ROUNDS=${2:-3}
out=$B/bench/compute
cache=$B/bench/cache
mkdir -p "$out" "$cache"
PROGS="NBody BinaryTrees SpectralNorm Fannkuch MapWorkload"
QEMU=(qemu-system-x86_64 -nodefaults -no-user-config -display none -no-reboot -machine pc -m 1024 -accel tcg -cpu max)

echo "== fetching Debian's kernel and busybox-static into $cache" >&2
if ! ls "$cache"/boot/vmlinuz-* >/dev/null 2>&1 || [ ! -x "$cache/bin/busybox" ]; then
	(cd "$cache" && apt-get download linux-image-amd64 busybox-static 2>&1 | grep -v "^W: Download is performed unsandboxed" >&2 || true)
	kpkg=$(dpkg-deb -f "$cache"/linux-image-amd64_*.deb Depends | sed 's/[ ,].*//')
	(cd "$cache" && apt-get download "$kpkg" 2>&1 | grep -v "^W: Download is performed unsandboxed" >&2 || true)
	for d in "$cache"/linux-image-[0-9]*.deb "$cache"/busybox-static_*.deb; do dpkg-deb -x "$d" "$cache"; done
fi
vmlinuz=$(ls "$cache"/boot/vmlinuz-* | head -1)

command -v cpio >/dev/null || { echo "compute-bench: cpio is needed (apt-get install cpio)" >&2; exit 1; }
echo "== building the programs (ghc -O2: static for Linux, x86_64-halvm-ghc for HaLVM)" >&2
root=$out/initramfs
rm -rf "$root" && mkdir -p "$root/bin" "$root/proc" "$root/dev"
cp "$cache/bin/busybox" "$root/bin/busybox"
for p in $PROGS; do
	ghc -O2 -ibench/haskell -outputdir "$out/obj-linux/$p" -static -optl-static -optl-pthread \
		-o "$root/bin/$p" "bench/haskell/$p.hs" >"$out/$p.build" 2>&1 || { cat "$out/$p.build"; exit 1; }
	rm -f "$out/$p.halvm"
	"$B/bin/x86_64-halvm-ghc" -O2 -ibench/haskell -outputdir "$out/obj-halvm/$p" -o "$out/$p.halvm" \
		"bench/haskell/$p.hs" >>"$out/$p.build" 2>&1 || { cat "$out/$p.build"; exit 1; }
done
{
	echo '#!/bin/busybox sh'
	echo '/bin/busybox mount -t proc proc /proc'
	for p in $PROGS; do echo "echo BEGIN $p; /bin/$p; echo END $p"; done
	echo '/bin/busybox poweroff -f'
} >"$root/init"
chmod +x "$root/init"
(cd "$root" && find . | cpio -o -H newc 2>/dev/null | gzip -1) >"$out/initramfs.gz"

for r in $(seq "$ROUNDS"); do
	echo "== round $r of $ROUNDS: Linux guest ($(basename "$vmlinuz")), all programs in one boot" >&2
	timeout 1200 "${QEMU[@]}" -kernel "$vmlinuz" -initrd "$out/initramfs.gz" -serial "file:$out/linux.$r.log" \
		-append "console=ttyS0 quiet panic=-1" </dev/null >/dev/null 2>&1 || true
	echo "== round $r of $ROUNDS: HaLVM guests, one boot per program" >&2
	: >"$out/halvm.$r.log"
	for p in $PROGS; do
		echo "BEGIN $p" >>"$out/halvm.$r.log"
		"$B/bin/halvm-run" --mem 1024 --timeout 1200 --kernel-opt quiet "$out/$p.halvm" >>"$out/halvm.$r.log" 2>&1 || true
		echo "END $p" >>"$out/halvm.$r.log"
	done
done

ms() { # log program -> elapsed_ms
	tr -d '\r' <"$1" | awk -v p="$2" '$1 == "BEGIN" && $2 == p { on = 1 } on && $1 == "elapsed_ms" { print $2; exit }'
}
result() { tr -d '\r' <"$1" | awk -v p="$2" '$1 == "BEGIN" && $2 == p { on = 1; next } on && /: / { print; exit }'; }
. bench/median.sh
printf '\n%-14s %12s %12s %10s  %s\n' program "Linux ms" "HaLVM ms" "speed" "results agree"
printf '%-14s %12s %12s %10s\n' "" "(median)" "(median)" "(median)"
for p in $PROGS; do
	same=yes ls_= hs_= rs_=
	for r in $(seq "$ROUNDS"); do
		l=$(ms "$out/linux.$r.log" "$p") h=$(ms "$out/halvm.$r.log" "$p")
		[ -n "$(result "$out/linux.$r.log" "$p")" ] && [ "$(result "$out/linux.$r.log" "$p")" = "$(result "$out/halvm.$r.log" "$p")" ] || same=no
		[ -z "$l" ] || ls_="$ls_ $l"
		[ -z "$h" ] || hs_="$hs_ $h"
		[ -z "$l" ] || [ -z "$h" ] || rs_="$rs_ $(awk -v l="$l" -v h="$h" 'BEGIN { printf "%.4f", l / h }')"
	done
	lm=$(printf '%s\n' $ls_ | median) hm=$(printf '%s\n' $hs_ | median) rm_=$(printf '%s\n' $rs_ | median)
	printf '%-14s %12s %12s %10s  %s\n' "$p" "${lm:-?}" "${hm:-?}" \
		"$([ -n "$rm_" ] && awk -v x="$rm_" 'BEGIN { printf "%.2fx", x }' || echo '?')" "$same"
done
