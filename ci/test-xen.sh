#!/bin/sh
# ci/test-xen.sh: build the Xen test payload (images, halvm-run, tests/xen/run.sh) and run it in
# the Xen test bed (ci/xen-testbed.sh: Xen 4.17 + dom0 inside QEMU TCG). PASS/FAIL lines.
# Usage: ci/test-xen.sh [BUILD_DIR]
#   XEN_HYPERVISOR=FILE boots another hypervisor (ci/xen-testbed.sh); XEN_CONSOLE_IO_EXPECTED=allowed
#   tells tests/xen/run.sh that it allows HYPERVISOR_console_io (ci/test-xen-spec.sh sets both).
set -e
cd "$(dirname "$0")/.."
B=$(cd "${1:-build}" && pwd)
p=$B/xen-payload
rm -rf "$p" && mkdir -p "$p/img" "$p/bin"
cp tests/xen/run.sh "$p/run.sh"
[ -z "${XEN_CONSOLE_IO_EXPECTED:-}" ] || echo "$XEN_CONSOLE_IO_EXPECTED" >"$p/console-io-expected"
cp "$B/bin/halvm-run" "$p/bin/"
gcc_=$B/bin/x86_64-halvm-gcc
$gcc_ -O2 -o "$p/img/hello" examples/hello.c
$gcc_ -O2 -o "$p/img/basics" tests/xen/basics.c
$gcc_ -O2 -o "$p/img/crash_null" tests/system/crash_null.c
$gcc_ -O2 -o "$p/img/sleeper" tests/xen/sleeper.c
$gcc_ -O2 -o "$p/img/xs_self" tests/xen/xs_self.c
$gcc_ -O2 -o "$p/img/xs_more" tests/xen/xs_more.c
$gcc_ -O2 -o "$p/img/xs_txn" tests/xen/xs_txn.c
$gcc_ -O2 -o "$p/img/evtchn_ping" tests/xen/evtchn_ping.c
$gcc_ -O2 -o "$p/img/grant_page" tests/xen/grant_page.c
$gcc_ -O2 -o "$p/img/console_io" tests/xen/console_io.c
$gcc_ -O2 -o "$p/img/clock_sync" tests/xen/clock_sync.c
$gcc_ -O2 -o "$p/img/grant_map" tests/xen/grant_map.c
$gcc_ -O2 -o "$p/img/evtchn_mask" tests/xen/evtchn_mask.c
gcc -O2 -Wall -o "$p/bin/evtchn_peer" tests/xen/evtchn_peer.c -lxenevtchn # dom0 sides, on Debian's libraries
gcc -O2 -Wall -o "$p/bin/gnttab_peer" tests/xen/gnttab_peer.c -lxengnttab
gcc -O2 -Wall -o "$p/bin/clock_peer" tests/xen/clock_peer.c -lxenstore
gcc -O2 -Wall -o "$p/bin/gntshr_peer" tests/xen/gntshr_peer.c -lxengnttab -lxenstore
gcc -O2 -Wall -static -o "$p/bin/ptyrun" tests/xen/ptyrun.c -lutil
"$B/bin/x86_64-halvm-ghc" -O -outputdir "$p/obj" -o "$p/img/Hello" examples/Hello.hs >/dev/null
rm -rf "$p/obj"
exec ci/xen-testbed.sh "$B" "$p"
