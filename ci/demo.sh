#!/bin/sh
# ci/demo.sh: the README's main job. Installs what is missing, builds the SDK, compiles the
# example C program with x86_64-halvm-gcc and boots it under QEMU with halvm-run.
set -e
cd "$(dirname "$0")/.."
echo "== installing missing Debian packages" >&2
ci/install-deps.sh
echo "== building the SDK into build/" >&2
make -j2
echo "== compiling examples/hello.c with x86_64-halvm-gcc" >&2
mkdir -p build/examples
build/bin/x86_64-halvm-gcc -O2 -o build/examples/hello examples/hello.c
ls -l build/examples/hello >&2
echo "== booting it: build/bin/halvm-run build/examples/hello one 'two words'" >&2
build/bin/halvm-run --timeout 60 build/examples/hello one 'two words'
echo "== exit status $?" >&2
