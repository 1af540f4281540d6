#!/bin/bash
# bench/memory-bench.sh: memory figures for Haskell on HaLVM: the smallest --mem that runs the
# Haskell hello, and ~500 MB of live data in a 1 GiB guest (GHC's compacting collector, +RTS -c:
# the default copying collector needs about twice the live data, as on Linux), with the RTS's
# own accounting of total memory in use.
# Usage: bench/memory-bench.sh [BUILD_DIR]
set -u
cd "$(dirname "$0")/.."
B=$(cd "${1:-build}" && pwd)
out=$B/bench/memory
mkdir -p "$out"
rm -f "$out/Hello" "$out/Live" # GHC skips the link when only the kernel changed
"$B/bin/x86_64-halvm-ghc" -O -outputdir "$out/obj-hello" -o "$out/Hello" examples/Hello.hs >/dev/null
"$B/bin/x86_64-halvm-ghc" -O -rtsopts -outputdir "$out/obj-live" -o "$out/Live" bench/haskell/Live.hs >/dev/null
min=none
for m in 3 4 5 6 7 8 10 12 16; do
	if "$B/bin/halvm-run" --mem "$m" --timeout 60 --kernel-opt quiet "$out/Hello" 2>/dev/null | grep -q "woke up"; then
		min=$m
		break
	fi
done
echo "Haskell hello: smallest --mem that runs it: $min MiB"
"$B/bin/halvm-run" --mem 1024 --timeout 600 --kernel-opt quiet "$out/Live" +RTS -c -s -RTS >"$out/live.out" 2>&1
echo "exit status $? for 500 MB live in a 1024 MiB guest (+RTS -c):"
grep -E "live MiB|maximum residency|total memory in use" "$out/live.out" | sed 's/^ */  /'
