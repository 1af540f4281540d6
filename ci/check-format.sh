#!/bin/sh
# ci/check-format.sh: the kernel, sysroot and unit-test C sources must be as clang-format
# (.clang-format) leaves them. One PASS or FAIL line, listing the files that differ.
cd "$(dirname "$0")/.."
command -v clang-format >/dev/null || { echo "FAIL format: clang-format not installed"; exit 1; }
bad=
for f in $(git ls-files 'kernel/*.c' 'kernel/*.h' 'sysroot/*.c' 'tests/unit/*.c' 'tests/unit/*.h'); do
	clang-format --dry-run --Werror "$f" >/dev/null 2>&1 || bad="$bad $f"
done
if [ -z "$bad" ]; then
	echo "PASS format"
else
	echo "FAIL format: run clang-format -i on:$bad"
	exit 1
fi
