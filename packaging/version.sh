#!/bin/sh
# packaging/version.sh: the one version number of the SDK and its packages, printed on stdout.
# The Makefile bakes it into the kernel banner and every tool's --version; make deb/rpm use it.
#
#   on a release tag vX.Y.Z, clean tree      X.Y.Z
#   N commits after vX.Y.Z (or, before the   X.Y.Z+gitN.gHASH     (N counts from the tag, or
#     first tag, with VERSION = X.Y.Z)                             from the first commit)
#   uncommitted changes                      ...+gitN.gHASH.dirty
#   a release tarball (no .git)              the .tarball-version file `make dist` wrote
#   neither                                  VERSION, as is
#
# '+' sorts after the bare release in dpkg; the RPM spec turns it into Fedora's snapshot '^'.
# Usage: packaging/version.sh [SOURCE_DIR]   (default: the tree this script is in)
cd "${1:-$(dirname "$0")/..}" || exit 1
base=$(cat VERSION 2>/dev/null)
if git rev-parse --is-inside-work-tree >/dev/null 2>&1 && [ "$(git rev-parse --show-toplevel)" = "$(pwd -P)" ]; then
	dirty=
	git diff-index --quiet HEAD -- 2>/dev/null || dirty=.dirty
	hash=$(git rev-parse --short=7 HEAD)
	if tag=$(git describe --tags --abbrev=0 --match 'v[0-9]*' 2>/dev/null); then
		base=${tag#v}
		n=$(git rev-list --count "$tag"..HEAD)
	else
		n=$(git rev-list --count HEAD)
	fi
	if [ "$n" = 0 ] && [ -z "$dirty" ]; then
		echo "$base"
	else
		echo "$base+git$n.g$hash$dirty"
	fi
elif [ -s .tarball-version ]; then
	cat .tarball-version
elif [ -n "$base" ]; then
	echo "$base"
else
	echo "packaging/version.sh: no git, no .tarball-version and no VERSION file in $(pwd)" >&2
	exit 1
fi
