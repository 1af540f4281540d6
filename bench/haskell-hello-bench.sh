#!/bin/bash
# bench/haskell-hello-bench.sh: the Haskell hello world, side by side in one run: its HaLVM image
# (x86_64-halvm-ghc -O) vs the same program as a static glibc Linux binary (ghc -O -static):
# stripped sizes (bench/haskell/Hello.hs), then boot-to-main inside the guest and whole
# halvm-run wall time, medians of N boots of bench/haskell/HelloClock.hs (which also prints the
# clock, so it links a little more). Not a timed test: the figures are for bench/README.md and
# the issue notes.
# Usage: bench/haskell-hello-bench.sh [BUILD_DIR] [N]
set -eu
cd "$(dirname "$0")/.."
B=$(cd "${1:-build}" && pwd)
N=${2:-10}
out=$B/bench/haskell-hello
mkdir -p "$out"
echo "== building bench/haskell/Hello.hs and HelloClock.hs" >&2
rm -f "$out"/*.halvm "$out"/*.glibc # GHC skips the link when only the kernel changed
"$B/bin/x86_64-halvm-ghc" -O -outputdir "$out/obj-halvm" -o "$out/hello.halvm" bench/haskell/Hello.hs >/dev/null
ghc -O -static -optl-static -optl-pthread -outputdir "$out/obj-linux" -o "$out/hello.glibc" bench/haskell/Hello.hs >/dev/null
"$B/bin/x86_64-halvm-ghc" -O -outputdir "$out/obj-clock" -o "$out/clock.halvm" bench/haskell/HelloClock.hs >/dev/null
strip -o "$out/hello.halvm.stripped" "$out/hello.halvm"
strip -o "$out/hello.glibc.stripped" "$out/hello.glibc"
. bench/median.sh
echo "== $N boots" >&2
: >"$out/main_us" && : >"$out/wall"
for i in $(seq "$N"); do
	t0=$(date +%s.%N)
	"$B/bin/halvm-run" --kernel-opt quiet "$out/clock.halvm" </dev/null >"$out/stdout" 2>/dev/null
	awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.4f\n", b - a }' >>"$out/wall"
	sed -n 's/^main reached at \([0-9]*\) us$/\1/p' "$out/stdout" >>"$out/main_us"
done
[ "$(wc -l <"$out/main_us")" = "$N" ] || { echo "haskell-hello-bench: a boot did not reach main" >&2; exit 1; }
printf '\n%-52s %12s\n' "Haskell hello world" "value"
printf '%-52s %12s\n' "HaLVM image, stripped (bytes)" "$(stat -c %s "$out/hello.halvm.stripped")"
printf '%-52s %12s\n' "static glibc Linux binary, stripped (bytes)" "$(stat -c %s "$out/hello.glibc.stripped")"
printf '%-52s %12s\n' "HaLVM boot-to-main inside the guest, median (us)" "$(median <"$out/main_us")"
printf '%-52s %12s\n' "halvm-run wall time, median (s)" "$(median <"$out/wall")"
