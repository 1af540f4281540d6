#!/bin/sh
# ci/test-all.sh: the README's test command and what .ci/run calls. Installs what is missing,
# builds, then runs every suite: host unit tests, whole-system tests under QEMU, the
# differential suites (each C or Haskell program built for Linux and for HaLVM, outputs
# compared), the Xen tests on a real Xen 4.17 booted inside QEMU, the xen-spec/ test (Xen built
# by xen-spec/xen.spec, a few minutes) and the distro packages (built, installed, used,
# removed). Every test prints one PASS or FAIL line; the last line is "N passed, M failed".
set -e
cd "$(dirname "$0")/.."
ci/install-deps.sh
make -j2 >build.log 2>&1 || { cat build.log; echo "0 passed, 1 failed"; exit 1; }
rm -f build.log
log=$(mktemp)
status=$(mktemp)
trap 'rm -f "$log" "$status"' EXIT
set +e
# A suite that dies before printing its FAIL lines (a build step, a sanitizer abort, a lost
# test bed) must not leave "0 failed": its own exit status counts as one more FAIL line.
run_suite() {
	name=$1
	echo "== $name" >&2
	shift
	{ "$@" 2>&1; echo $? >"$status"; } | tee -a "$log" | grep -v '^[0-9]* passed, [0-9]* failed$'
	rc=$(cat "$status")
	[ "$rc" = 0 ] || echo "FAIL suite \"$name\" exited with status $rc" | tee -a "$log"
}
run_suite "source format" ci/check-format.sh
run_suite "host unit tests" make -s -C tests/unit run
run_suite "system tests (QEMU)" tests/system/run.sh build
run_suite "conformance: musl-gcc on Linux vs x86_64-halvm-gcc on HaLVM" ci/conformance.sh build
run_suite "Haskell: ghc on Linux vs x86_64-halvm-ghc on HaLVM" ci/conformance.sh build --suite haskell
run_suite "Xen: HaLVM domains on Xen 4.17 booted inside QEMU" ci/test-xen.sh build
run_suite "Xen spec: the hypervisor built the HaLVM way" ci/test-xen-spec.sh build
run_suite "packages: halvm-sdk as .deb and .rpm, installed, used and removed" tests/packaging/run.sh build
passed=$(grep -c '^PASS ' "$log")
failed=$(grep -c '^FAIL ' "$log")
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
