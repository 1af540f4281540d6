#!/bin/sh
# ci/test-xen-spec.sh: the slow test of xen-spec/. Builds the hypervisor with xen-spec/xen.spec
# itself (rpmbuild --without tools) from Debian's xen source package, boots the result in the Xen
# test bed and shows that a HaLVM domain's HYPERVISOR_console_io output reaches the hypervisor
# console there, and not on Debian's stock hypervisor. PASS/FAIL lines (docs/xen-spec.md).
# Usage: ci/test-xen-spec.sh [BUILD_DIR]   (needs root or sudo once, to add a deb-src line)
set -e
cd "$(dirname "$0")/.."
B=$(cd "${1:-build}" && pwd)
w=$B/xen-spec
mkdir -p "$w/src" "$w/SOURCES"
failed=0
pass() { echo "PASS xen-spec/$1"; }
fail() {
	echo "FAIL xen-spec/$1: $2"
	failed=$((failed + 1))
}
finish() {
	[ $failed = 0 ] || exit 1
	exit 0
}
SUDO=
[ "$(id -u)" = 0 ] || SUDO=sudo

# 1. The spec parses, with and without the tools.
if rpmspec -P xen-spec/xen.spec >"$w/xen.spec.parsed" 2>"$w/rpmspec.log" &&
	rpmspec -P --without tools xen-spec/xen.spec >/dev/null 2>>"$w/rpmspec.log"; then
	pass rpmspec_parses
else
	fail rpmspec_parses "$(head -3 "$w/rpmspec.log")"
	finish
fi

# 2. Debian's xen source package. `apt-get source` needs a deb-src line: add one for each
# Debian archive the deb lines use, once, in a file of our own.
if [ -z "$(apt-cache showsrc xen 2>/dev/null)" ]; then
	echo "xen-spec: adding deb-src lines (/etc/apt/sources.list.d/halvm-deb-src.*) and updating" >&2
	srcs=$(mktemp)
	for f in /etc/apt/sources.list.d/*.sources; do
		[ -f "$f" ] && [ "${f##*/}" != halvm-deb-src.sources ] || continue
		awk 'BEGIN { RS = ""; ORS = "\n\n" } /(^|\n)Types:[^\n]*deb/ && /URIs:[^\n]*debian/ {
			sub(/Types:[^\n]*/, "Types: deb-src"); print }' "$f"
	done >"$srcs"
	if [ -s "$srcs" ]; then
		$SUDO cp "$srcs" /etc/apt/sources.list.d/halvm-deb-src.sources
	else
		grep -h '^deb .*debian' /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null |
			sed 's/^deb /deb-src /' >"$srcs" || true
		$SUDO cp "$srcs" /etc/apt/sources.list.d/halvm-deb-src.list
	fi
	rm -f "$srcs"
	$SUDO apt-get update >"$w/apt-update.log" 2>&1 || true
fi
# The version of the test bed's hypervisor first, then the others, newest first: the archive
# does not always serve every version's source.
testbed_ver=$(dpkg-deb -f "$B"/xen-cache/debs/xen-hypervisor-4.17-amd64_*.deb Version 2>/dev/null || true)
tarball=
for v in $( (echo "$testbed_ver" && apt-cache showsrc xen 2>/dev/null | awk '/^Version: 4\.17/ { print $2 }' | sort -rV) |
	awk 'NF && !seen[$0]++'); do
	up=${v%-*} # the upstream part: 4.17.5+72-g01140da4e8
	t=$(ls "$w/src/xen_$up.orig.tar."* 2>/dev/null | head -1)
	if [ -z "$t" ]; then
		echo "xen-spec: apt-get source --download-only xen=$v" >&2
		(cd "$w/src" && apt-get source --download-only "xen=$v" >"$w/apt-source.log" 2>&1) || continue
		t=$(ls "$w/src/xen_$up.orig.tar."* 2>/dev/null | head -1)
	fi
	[ -n "$t" ] && tarball=$t && debver=$v && break
done
if [ -z "$tarball" ]; then
	fail debian_source "apt-get source xen failed (no deb-src line, or no network?): $(tail -2 "$w/apt-source.log" 2>/dev/null)"
	finish
fi
srcdir=$(tar -tf "$tarball" | head -1 | cut -d/ -f1)
xen_version=${debver%%+*}
pass "debian_source (xen $debver; the test bed's hypervisor is ${testbed_ver:-not fetched yet})"

# 3. The hypervisor, built by the spec: the orig tarball is Source0, the config fragment Source1.
rm -f "$w/SOURCES/"*
ln -s "$tarball" "$w/SOURCES/"
cp xen-spec/xen.hypervisor.config "$w/SOURCES/"
rm -rf "$w/rpmbuild"
echo "xen-spec: rpmbuild -bb --without tools xen-spec/xen.spec (Xen $xen_version from $(basename "$tarball")):" \
	"about 1-2 minutes on 2 cores; log in $w/rpmbuild.log" >&2
t0=$(date +%s)
if rpmbuild -bb --nodeps --without tools --define "_topdir $w/rpmbuild" --define "_sourcedir $w/SOURCES" \
	--define "xen_version $xen_version" --define "xen_tarball $(basename "$tarball")" \
	--define "xen_srcdir $srcdir" xen-spec/xen.spec >"$w/rpmbuild.log" 2>&1; then
	pass "rpmbuild_hypervisor ($(($(date +%s) - t0)) s)"
else
	fail rpmbuild_hypervisor "see $w/rpmbuild.log"
	tail -15 "$w/rpmbuild.log" | sed 's/^/    | /'
	finish
fi

# 4. What the package holds: the hypervisor and the config it was built with.
rpmfile=$(ls "$w"/rpmbuild/RPMS/x86_64/xen-hypervisor-*.rpm | head -1)
rm -rf "$w/root" && mkdir -p "$w/root"
(cd "$w/root" && rpm2cpio "$rpmfile" | cpio -idm 2>/dev/null)
xen_gz=$(ls "$w"/root/boot/xen-"$xen_version"-*.gz | head -1)
config=${xen_gz%.gz}.config
if [ -f "$xen_gz" ] && grep -qx CONFIG_EXPERT=y "$config" && grep -qx CONFIG_VERBOSE_DEBUG=y "$config"; then
	pass "package_has_hypervisor_with_expert_verbose_debug ($(basename "$xen_gz"))"
else
	fail package_has_hypervisor_with_expert_verbose_debug "$(rpm -qlp "$rpmfile" 2>&1 | head -5)"
	finish
fi

# 5. The Xen suite on the spec's hypervisor, told that console_io is allowed. Its lines are
# renamed xen-spec/verbose-xen/... so they do not collide with the stock run's.
echo "xen-spec: the Xen suite on the spec's hypervisor (about 1 minute)" >&2
t0=$(date +%s)
rm -f "$B/xen-testbed/serial.log" # never read a previous run's log
XEN_HYPERVISOR=$xen_gz XEN_CONSOLE_IO_EXPECTED=allowed ci/test-xen.sh "$B" >"$w/verbose.out" 2>"$w/verbose.err" || true
cat "$B/xen-testbed/serial.log" 2>/dev/null | tr -d '\r' >"$w/serial-verbose.log"
[ -s "$w/verbose.out" ] || fail verbose-xen "ci/test-xen.sh printed nothing: $(tail -3 "$w/verbose.err")"
sed -n 's,^\(PASS\|FAIL\) xen/,\1 xen-spec/verbose-xen/,p; s,^\(PASS\|FAIL\) xen-testbed,\1 xen-spec/verbose-xen/testbed,p' "$w/verbose.out"
failed=$((failed + $(grep -c '^FAIL ' "$w/verbose.out" || true)))
vtime=$(($(date +%s) - t0))
banner=$(grep -ao -m1 'Xen version [^ ]*' "$w/serial-verbose.log" || true)
case $banner in
"Xen version $xen_version-"*) pass "booted_the_spec_hypervisor ($banner)" ;;
*) fail booted_the_spec_hypervisor "banner '$banner'" ;;
esac
if grep -q '^PASS xen/console_io_allowed' "$w/verbose.out" && grep -aq '^(d[0-9]*) halvm console_io marker run' "$w/serial-verbose.log"; then
	pass "console_io_reaches_hypervisor_console ($(grep -a -m1 'halvm console_io marker' "$w/serial-verbose.log"))"
else
	fail console_io_reaches_hypervisor_console "no marker in xl dmesg or on the serial console ($w/serial-verbose.log)"
fi

# 6. The same on Debian's stock hypervisor: HYPERVISOR_console_io is refused, no marker anywhere.
echo "xen-spec: the Xen suite on Debian's stock hypervisor, for comparison (about 1 minute)" >&2
t0=$(date +%s)
rm -f "$B/xen-testbed/serial.log"
ci/test-xen.sh "$B" >"$w/stock.out" 2>"$w/stock.err" || true
cat "$B/xen-testbed/serial.log" 2>/dev/null | tr -d '\r' >"$w/serial-stock.log"
stime=$(($(date +%s) - t0))
if grep -q '^PASS xen/console_io_EPERM' "$w/stock.out" && grep -aq '(XEN) Xen version' "$w/serial-stock.log" &&
	! grep -aq 'halvm console_io marker' "$w/serial-stock.log"; then
	pass "stock_hypervisor_refuses_console_io ($(grep -ao -m1 'Xen version [^ ]* ([^)]*)' "$w/serial-stock.log"))"
else
	fail stock_hypervisor_refuses_console_io "$(grep 'console_io' "$w/stock.out" || echo 'no console_io line') ($w/serial-stock.log)"
fi
echo "xen-spec: test bed runs took $vtime s (spec hypervisor) and $stime s (stock)" >&2
finish
