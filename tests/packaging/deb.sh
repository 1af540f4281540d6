#!/bin/bash
# tests/packaging/deb.sh: builds halvm-sdk_<version>_amd64.deb (make deb, lintian included),
# installs it on the running system with apt-get, compiles and boots a C and a Haskell hello
# with the INSTALLED tools (nothing from the build tree), then purges it and checks that
# every file it installed is gone. Prints one PASS/FAIL line per check.
# Usage: tests/packaging/deb.sh BUILD_DIR
cd "$(dirname "$0")/../.."
B=$(cd "${1:?usage: tests/packaging/deb.sh BUILD_DIR}" && pwd)
. tests/packaging/report.sh
out=$(mktemp)
tmp=$(mktemp -d)
trap 'rm -rf "$out" "$tmp"' EXIT
export DEBIAN_FRONTEND=noninteractive

version=$(make -s version)
deb=$B/packages/halvm-sdk_${version}_amd64.deb
if make -s deb B="$B" >"$out" 2>&1 && [ -f "$deb" ]; then pass deb-build-and-lintian; else
	fail deb-build-and-lintian "make deb failed"
	exit 1
fi

# A clean start: no halvm-sdk from an earlier run.
dpkg -s halvm-sdk >/dev/null 2>&1 && apt-get purge -y -q halvm-sdk >/dev/null 2>&1
if apt-get install -y -q "$deb" >"$out" 2>&1 && [ "$(dpkg-query -W -f='${Version}' halvm-sdk)" = "$version" ]; then
	pass deb-install
else
	fail deb-install "apt-get install $deb"
	exit 1
fi
dpkg -L halvm-sdk | sort >"$tmp/files"

ok=yes
for t in x86_64-halvm-gcc x86_64-halvm-ld x86_64-halvm-ghc x86_64-halvm-ghc-pkg x86_64-halvm-cabal x86_64-halvm-hsc2hs halvm-run; do
	/usr/bin/$t --version 2>&1 | grep -q -F "$version" || { ok=no; echo "$t --version: $(/usr/bin/$t --version 2>&1 | head -2)"; }
	man -w $t >/dev/null 2>&1 || { ok=no; echo "no man page for $t"; }
done >"$out"
if [ $ok = yes ]; then pass deb-tools-version-and-man; else fail deb-tools-version-and-man "version $version"; fi

# The installed tools, from /usr/bin, on copies of the installed examples.
ex=/usr/share/doc/halvm-sdk/examples
cd "$tmp" || exit 1
cp $ex/hello.c $ex/Hello.hs .
if /usr/bin/x86_64-halvm-gcc -O2 -o hello hello.c >"$out" 2>&1 && /usr/bin/halvm-run hello from-the-package >"$out" 2>&1 &&
	grep -q "Hello from HaLVM!" "$out" && grep -q "from-the-package" "$out"; then
	pass deb-installed-c-hello
else fail deb-installed-c-hello "compile or boot failed"; fi
if /usr/bin/x86_64-halvm-ghc -O -o Hello Hello.hs >"$out" 2>&1 && /usr/bin/halvm-run Hello >"$out" 2>&1 &&
	grep -q "Hello from Haskell on HaLVM" "$out"; then
	pass deb-installed-haskell-hello
else fail deb-installed-haskell-hello "compile or boot failed"; fi
cd - >/dev/null || exit 1

if apt-get purge -y -q halvm-sdk >"$out" 2>&1 && ! dpkg -s halvm-sdk >/dev/null 2>&1; then
	left=$(while read -r f; do [ -d "$f" ] || { [ -e "$f" ] || [ -L "$f" ]; } && echo "$f"; done <"$tmp/files")
	left=$(echo "$left" | grep -v -x -e '/\.' -e '/usr' -e '/usr/bin' -e '/usr/lib' -e '/usr/share' -e '/usr/share/doc' \
		-e '/usr/share/man' -e '/usr/share/man/man1' -e '/usr/share/lintian' -e '/usr/share/lintian/overrides' -e '')
	if [ -z "$left" ] && [ ! -e /usr/lib/x86_64-halvm-xen ]; then pass deb-purge-leaves-nothing; else
		echo "$left" >"$out"
		fail deb-purge-leaves-nothing "files left behind"
	fi
else fail deb-purge-leaves-nothing "apt-get purge failed"; fi
exit $failed
