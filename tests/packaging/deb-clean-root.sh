#!/bin/bash
# tests/packaging/deb-clean-root.sh: installs the .deb that deb.sh built into a clean Debian 12
# root (debootstrap --variant=minbase from the archive this machine uses, then apt-get install
# with the package's own Depends and Recommends), and there compiles and boots a C hello and a
# Haskell hello with the INSTALLED tools. This is what shows a missing Depends: on the build
# machine everything is installed already. About 1.5 minutes and 2.6 GB under BUILD_DIR.
# Usage: tests/packaging/deb-clean-root.sh BUILD_DIR      One PASS/FAIL line per check.
# The root (BUILD_DIR/packaging/clean-root) is removed at the end; /proc and /dev are mounted in
# it only while the package is installed and used.
cd "$(dirname "$0")/../.."
B=$(cd "${1:?usage: tests/packaging/deb-clean-root.sh BUILD_DIR}" && pwd)
. tests/packaging/report.sh
out=$(mktemp)
root=$B/packaging/clean-root
cleanup() {
	umount "$root/dev" "$root/proc" 2>/dev/null
	rm -f "$out"
}
# Never rm -rf the root while anything is mounted in it: through the bind mount that would
# empty this machine's /dev.
remove_root() {
	umount "$root/dev" "$root/proc" 2>/dev/null
	if grep -q " $root/" /proc/mounts; then
		echo "FAIL packaging/deb-clean-root: $root still has mounts; not removing it" >&2
		exit 1
	fi
	rm -rf "$root"
}
trap cleanup EXIT
export DEBIAN_FRONTEND=noninteractive

version=$(make -s version)
deb=$B/packages/halvm-sdk_${version}_amd64.deb
[ -f "$deb" ] || { echo "FAIL packaging/deb-clean-root: no $deb (tests/packaging/deb.sh builds it)"; exit 1; }
command -v debootstrap >/dev/null || { echo "FAIL packaging/deb-clean-root: debootstrap is missing (ci/install-deps.sh installs it)"; exit 1; }

# The archive this machine installs from (deb822 sources or sources.list), else Debian's own.
mirror=$(sed -n 's/^URIs: *\(http[^ ]*debian\/*\)$/\1/p' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -1)
[ -n "$mirror" ] || mirror=$(awk '$1 == "deb" && $2 ~ /debian\/?$/ { print $2; exit }' /etc/apt/sources.list 2>/dev/null)
echo "deb-clean-root: debootstrap --variant=minbase bookworm from ${mirror:=http://deb.debian.org/debian} (about 30 s)" >&2
remove_root
mkdir -p "$root"
if debootstrap --variant=minbase bookworm "$root" "$mirror" >"$out" 2>&1; then pass deb-clean-root-debootstrap; else
	fail deb-clean-root-debootstrap "debootstrap failed"
	exit 1
fi
# The same suites as this machine (updates and security too), so the exact GHC the package
# pins is found.
rm -f "$root/etc/apt/sources.list"
cp /etc/apt/sources.list.d/*.sources "$root/etc/apt/sources.list.d/" 2>/dev/null ||
	cp /etc/apt/sources.list "$root/etc/apt/sources.list"
rm -f "$root"/etc/apt/sources.list.d/halvm-*.sources # the xen-spec test's deb-src lines
cp "$deb" "$root/tmp/"
mount -t proc proc "$root/proc" && mount --bind /dev "$root/dev"

echo "deb-clean-root: apt-get install ./$(basename "$deb") into it (about a minute)" >&2
if chroot "$root" sh -c "apt-get update -q && apt-get install -y -q /tmp/$(basename "$deb")" >"$out" 2>&1 &&
	chroot "$root" dpkg-query -W -f='${Version}' halvm-sdk | grep -qx -F "$version"; then
	pass deb-clean-root-install
else
	fail deb-clean-root-install "apt-get install in the clean root"
	exit 1
fi

# The installed tools only: nothing of this tree is visible inside the root.
if chroot "$root" sh -c 'cd /tmp && cp /usr/share/doc/halvm-sdk/examples/hello.c . &&
	x86_64-halvm-gcc -O2 -o hello hello.c && halvm-run hello from-a-clean-root' >"$out" 2>&1 &&
	grep -q "Hello from HaLVM!" "$out" && grep -q "from-a-clean-root" "$out"; then
	pass deb-clean-root-c-hello
else fail deb-clean-root-c-hello "compile or boot failed"; fi
if chroot "$root" sh -c 'cd /tmp && cp /usr/share/doc/halvm-sdk/examples/Hello.hs . &&
	x86_64-halvm-ghc -O -o Hello Hello.hs && halvm-run Hello' >"$out" 2>&1 &&
	grep -q "Hello from Haskell on HaLVM" "$out"; then
	pass deb-clean-root-haskell-hello
else fail deb-clean-root-haskell-hello "compile or boot failed"; fi
remove_root
exit $failed
