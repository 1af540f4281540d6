#!/bin/sh
# packaging/build-rpm.sh: `make rpm`. Builds the SRPM and the binary RPM of halvm-sdk from the
# `make dist` tarball with packaging/rpm/halvm-sdk.spec, in a private rpmbuild tree under
# BUILD_DIR/rpm, then checks them with rpmlint under packaging/rpm/rpmlint-fedora.toml
# (errors and warnings fail the build). On Debian, rpmbuild cannot see Fedora's packages, so BuildRequires
# are not checked (--nodeps) and Fedora's `dist` and `fedora` macros are defined here.
# Usage: packaging/build-rpm.sh BUILD_DIR TARBALL    Output: BUILD_DIR/packages/*.rpm
set -e
cd "$(dirname "$0")/.."
B=$(cd "${1:?usage: packaging/build-rpm.sh BUILD_DIR TARBALL}" && pwd)
tarball=$(readlink -f "${2:?usage: packaging/build-rpm.sh BUILD_DIR TARBALL}")
for tool in rpmbuild rpmlint; do
	command -v $tool >/dev/null || { echo "build-rpm: $tool is missing (ci/install-deps.sh installs it)" >&2; exit 1; }
done
FEDORA=${FEDORA:-40}
version=$(tar -xzOf "$tarball" --wildcards '*/.tarball-version')
top=$B/rpm
rm -rf "$top" && mkdir -p "$top/SOURCES" "$top/SPECS" "$B/packages"
cp "$tarball" "$top/SOURCES/"
# The changelog's newest entry names the version being built (rpmlint checks they agree).
rpmver=$(echo "$version" | tr + ^)
sed "s/^\(\* .*> - \)0\.1\.0-1\$/\1$rpmver-1.fc$FEDORA/" packaging/rpm/halvm-sdk.spec \
	>"$top/SPECS/halvm-sdk.spec"
echo "build-rpm: building halvm-sdk $version for Fedora $FEDORA (rpmbuild; about a minute)" >&2
rpmbuild -ba --nodeps --define "_topdir $top" --define "dist .fc$FEDORA" --define "fedora $FEDORA" \
	--define "upstream_version $version" "$top/SPECS/halvm-sdk.spec" >"$top/build.log" 2>&1 || {
	tail -40 "$top/build.log" >&2
	echo "build-rpm: rpmbuild failed; full log in $top/build.log" >&2
	exit 1
}
rm -f "$B"/packages/halvm-sdk-*.rpm
cp "$top"/RPMS/x86_64/halvm-sdk-*.rpm "$top"/SRPMS/halvm-sdk-*.src.rpm "$B/packages/"
echo "build-rpm: rpmlint" >&2
# rpmlint's own exit status fails only on errors; a warning fails this build too.
lint=$(rpmlint -c packaging/rpm/rpmlint-fedora.toml "$B"/packages/halvm-sdk-*.rpm 2>&1) || {
	echo "$lint" >&2
	exit 1
}
echo "$lint" >&2
echo "$lint" | grep -q ' 0 errors, 0 warnings' || { echo "build-rpm: rpmlint is not clean" >&2; exit 1; }
ls "$B"/packages/halvm-sdk-*.rpm
