#!/bin/sh
# tests/packaging/run.sh: `make check-packages`, part of ci/test-all.sh. Builds the Debian and
# RPM packages from this tree, installs each into a clean root (deb.sh: the running system;
# rpm.sh: rpm --root and dnf --installroot), uses the installed tools, and removes them.
# Usage: tests/packaging/run.sh [BUILD_DIR]     One PASS/FAIL line per check.
cd "$(dirname "$0")/../.."
B=$(cd "${1:-build}" && pwd)
status=0
tests/packaging/deb.sh "$B" || status=1
if [ -x tests/packaging/rpm.sh ]; then tests/packaging/rpm.sh "$B" || status=1; fi
exit $status
