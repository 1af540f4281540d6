#!/bin/sh
# packaging/build-deb.sh: `make deb`. Unpacks the source tarball from `make dist`, adds
# packaging/debian as debian/ with a changelog entry for this version, builds the binary
# package with dpkg-buildpackage, and checks it with lintian (warnings fail the build; the
# overrides in packaging/debian/halvm-sdk.lintian-overrides say why each is there).
# Usage: packaging/build-deb.sh BUILD_DIR TARBALL    Output: BUILD_DIR/packages/*.deb
set -e
cd "$(dirname "$0")/.."
B=$(cd "${1:?usage: packaging/build-deb.sh BUILD_DIR TARBALL}" && pwd)
tarball=$(readlink -f "${2:?usage: packaging/build-deb.sh BUILD_DIR TARBALL}")
for tool in dpkg-buildpackage dh lintian; do
	command -v $tool >/dev/null || { echo "build-deb: $tool is missing (ci/install-deps.sh installs it)" >&2; exit 1; }
done
work=$B/deb
rm -rf "$work" && mkdir -p "$work" "$B/packages"
tar -C "$work" -xzf "$tarball"
src=$(echo "$work"/halvm-sdk-*)
version=$(cat "$src/.tarball-version")
cp -r packaging/debian "$src/debian"
cat >"$src/debian/changelog" <<CHANGELOG
halvm-sdk ($version) unstable; urgency=medium

  * HaLVM SDK $version (see CHANGES.md).

 -- HaLVM developers <halvm-devel@halvm.org>  $(date -R)
CHANGELOG
echo "build-deb: building halvm-sdk $version (dpkg-buildpackage; about a minute)" >&2
(cd "$src" && dpkg-buildpackage -us -uc -b) >"$work/build.log" 2>&1 || {
	tail -40 "$work/build.log" >&2
	echo "build-deb: dpkg-buildpackage failed; full log in $work/build.log" >&2
	exit 1
}
deb=halvm-sdk_${version}_amd64.deb
mv "$work/$deb" "$B/packages/"
echo "build-deb: lintian" >&2
lintian --fail-on error,warning --display-info "$B/packages/$deb" >&2
echo "$B/packages/$deb"
