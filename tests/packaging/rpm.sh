#!/bin/bash
# tests/packaging/rpm.sh: builds the halvm-sdk SRPM and RPM (make rpm, rpmlint included), checks
# that no target object was stripped, installs the RPM into an empty root with rpm --root,
# verifies its files and modes with rpm -V (--nodeps: the root has no Fedora base system), runs the installed wrappers' --version, erases it and checks nothing
# is left; then the dnf path: make rpm-repo, and dnf --installroot installs halvm-sdk from that
# repository (a test-only RPM provides the Fedora base packages' names) and removes it.
# Usage: tests/packaging/rpm.sh BUILD_DIR      One PASS/FAIL line per check.
cd "$(dirname "$0")/../.."
B=$(cd "${1:?usage: tests/packaging/rpm.sh BUILD_DIR}" && pwd)
. tests/packaging/report.sh
out=$(mktemp)
tmp=$(mktemp -d)
trap 'rm -rf "$out" "$tmp"' EXIT

version=$(make -s version)
rpmver=$(echo "$version" | tr + ^)
if make -s rpm B="$B" >"$out" 2>&1 && rpm=$(ls "$B"/packages/halvm-sdk-"$rpmver"-1.*.x86_64.rpm) &&
	ls "$B"/packages/halvm-sdk-"$rpmver"-1.*.src.rpm >/dev/null; then
	pass rpm-build-and-rpmlint
else
	fail rpm-build-and-rpmlint "make rpm failed"
	exit 1
fi

# Target objects keep their symbols and debug info: no host strip ran over them (rpmbuild
# removes its BUILD tree, so compare with this tree's own build of the same sources).
(cd "$tmp" && rpm2cpio "$rpm" | cpio -id --quiet ./usr/lib/x86_64-halvm-xen/lib/halvm-kernel.o ./usr/lib/x86_64-halvm-xen/lib/libhalvm_compat.a)
same=yes
for f in halvm-kernel.o libhalvm_compat.a; do
	a=$tmp/usr/lib/x86_64-halvm-xen/lib/$f b=$B/lib/x86_64-halvm-xen/lib/$f
	[ "$(nm "$a" 2>/dev/null | wc -l)" = "$(nm "$b" 2>/dev/null | wc -l)" ] && objdump -h "$a" | grep -q '\.debug_info' || same=no
done
if [ $same = yes ]; then pass rpm-target-objects-unstripped; else
	fail rpm-target-objects-unstripped "sysroot objects lost symbols or debug info"
fi

root=$tmp/root
mkdir -p "$root"
if rpm --root "$root" -ivh --nodeps "$rpm" >"$out" 2>&1 && rpm --root "$root" -q halvm-sdk >/dev/null; then pass rpm-install-into-empty-root; else
	fail rpm-install-into-empty-root "rpm -ivh"
fi
if rpm --root "$root" -V --nodeps halvm-sdk >"$out" 2>&1; then pass rpm-verify-files-and-modes; else fail rpm-verify-files-and-modes "rpm -V reported differences"; fi
ok=yes
for t in x86_64-halvm-gcc x86_64-halvm-ld halvm-run; do
	"$root/usr/bin/$t" --version 2>&1 | grep -q -F "$version" || ok=no
done
[ "$(stat -c %a "$root/usr/bin/halvm-run")" = 755 ] || ok=no
if [ $ok = yes ]; then pass rpm-installed-tools-version; else fail rpm-installed-tools-version "no $version in --version"; fi
if rpm --root "$root" -e halvm-sdk >"$out" 2>&1 && [ -z "$(find "$root" -path "$root/var" -prune -o -path "$root/usr/lib/sysimage" -prune -o -path "$root/root/.rpmdb" -prune -o ! -type d -print)" ]; then
	pass rpm-erase-leaves-nothing
else
	find "$root" -path "$root/var" -prune -o -path "$root/root/.rpmdb" -prune -o ! -type d -print >"$out"
	fail rpm-erase-leaves-nothing "files left behind"
fi

# dnf: the repository `make rpm-repo` writes, into an empty root whose "base system" is the
# test-only package; dependency resolution must pick both.
base=$tmp/base
mkdir -p "$base/SPECS"
ghc_version=$(ghc --numeric-version)
if rpmbuild -bb --define "_topdir $base" --define "ghc_version $ghc_version" tests/packaging/fedora-base.spec >"$out" 2>&1 &&
	make -s rpm-repo B="$B" >"$out" 2>&1 && cp "$base"/RPMS/noarch/*.rpm "$B/packages/rpm-repo/" && createrepo_c -q --update "$B/packages/rpm-repo" &&
	grep -q "^baseurl=file://$B/packages/rpm-repo" "$B/packages/rpm-repo/halvm-sdk.repo"; then
	pass rpm-repo-and-repo-file
else fail rpm-repo-and-repo-file "make rpm-repo"; fi
droot=$tmp/dnfroot
dnf_() { dnf -y -q --installroot="$droot" --releasever=40 --setopt=reposdir=/dev/null --setopt=install_weak_deps=False \
	--repofrompath=halvm,"file://$B/packages/rpm-repo" --repo=halvm --nogpgcheck "$@"; }
if dnf_ install halvm-sdk >"$out" 2>&1 && [ -x "$droot/usr/bin/x86_64-halvm-ghc" ] &&
	rpm --root "$droot" -q halvm-test-fedora-base >/dev/null; then
	installed=yes
	pass dnf-install-from-repo
else fail dnf-install-from-repo "dnf --installroot install halvm-sdk"; fi
if [ "${installed:-}" = yes ] && dnf_ remove halvm-sdk >"$out" 2>&1 && [ ! -e "$droot/usr/lib/x86_64-halvm-xen" ] && ! rpm --root "$droot" -q halvm-sdk >/dev/null 2>&1; then
	pass dnf-remove
else fail dnf-remove "dnf remove halvm-sdk"; fi
exit $failed
