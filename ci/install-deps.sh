#!/bin/sh
# ci/install-deps.sh: install the Debian 12 packages the SDK build and its tests need, if missing.
# Idempotent and quiet when everything is present; needs root (or sudo) only when installing.
set -e
PKGS="gcc make binutils gawk clang-format cpio musl-dev musl-tools qemu-system-x86 libxen-dev linux-libc-dev libc6-dev ghc libgmp-dev libffi-dev zlib1g-dev libghc-async-dev libghc-random-dev libghc-aeson-dev cabal-install bsdutils
	debhelper fakeroot lintian man-db rpm rpm2cpio rpmlint createrepo-c dnf debootstrap
	flex bison xz-utils python3"  # the last two lines: building and checking packages, building Xen (xen-spec)
missing=
for p in $PKGS; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -n "$missing" ] || exit 0
echo "install-deps: installing:$missing" >&2
SUDO=
[ "$(id -u)" = 0 ] || SUDO=sudo
export DEBIAN_FRONTEND=noninteractive
if ! $SUDO apt-get install -y --no-install-recommends $missing; then
	echo "install-deps: refreshing package lists and retrying" >&2
	$SUDO apt-get update
	$SUDO apt-get install -y --no-install-recommends $missing
fi
