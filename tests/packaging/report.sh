# tests/packaging/report.sh: sourced by the package tests (deb.sh, deb-clean-root.sh, rpm.sh):
# pass NAME and fail NAME WHY print their PASS/FAIL lines; fail also shows the tail of $out (the
# last command's output) and sets $failed, the test's exit status.
failed=0
pass() { echo "PASS packaging/$1"; }
fail() {
	echo "FAIL packaging/$1: $2"
	failed=1
	[ ! -s "$out" ] || sed 's/^/    | /' "$out" | tail -20
}
