#!/bin/sh
# tests/packaging/run.sh: `make check-packages`, part of ci/test-all.sh. Builds the Debian and
# RPM packages from this tree, installs each, uses the installed tools, and removes them
# (deb.sh: on the running system; deb-clean-root.sh: into a debootstrap'd Debian 12 root, which
# shows a missing Depends; rpm.sh: rpm --root and dnf --installroot).
# Usage: tests/packaging/run.sh [BUILD_DIR]     One PASS/FAIL line per check.
cd "$(dirname "$0")/../.."
B=$(cd "${1:-build}" && pwd)
status=0
tests/packaging/deb.sh "$B" || status=1
tests/packaging/deb-clean-root.sh "$B" || status=1
if [ -x tests/packaging/rpm.sh ]; then tests/packaging/rpm.sh "$B" || status=1; fi
exit $status
