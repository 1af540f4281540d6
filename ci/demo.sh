#!/bin/sh
# ci/demo.sh: the README's main job. Installs what is missing, builds the SDK, compiles the
# example programs (C with x86_64-halvm-gcc, Haskell with x86_64-halvm-ghc) and boots them
# under QEMU with halvm-run, showing their output.
set -e
cd "$(dirname "$0")/.."
echo "== installing missing Debian packages" >&2
ci/install-deps.sh
echo "== building the SDK into build/" >&2
make -j2
mkdir -p build/examples
echo "== compiling examples/hello.c: build/bin/x86_64-halvm-gcc -O2 -o build/examples/hello examples/hello.c" >&2
build/bin/x86_64-halvm-gcc -O2 -o build/examples/hello examples/hello.c
echo "== booting it: build/bin/halvm-run build/examples/hello one 'two words'" >&2
build/bin/halvm-run --timeout 60 build/examples/hello one 'two words'
echo "== compiling examples/Hello.hs: build/bin/x86_64-halvm-ghc -O -o build/examples/Hello examples/Hello.hs" >&2
build/bin/x86_64-halvm-ghc -O -outputdir build/examples/obj -o build/examples/Hello examples/Hello.hs
ls -l build/examples/hello build/examples/Hello >&2
echo "== booting it: build/bin/halvm-run build/examples/Hello some arguments" >&2
build/bin/halvm-run --timeout 120 build/examples/Hello some arguments
echo "== both programs ran and exited with status 0" >&2
