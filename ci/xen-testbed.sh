#!/bin/bash
# ci/xen-testbed.sh: the Xen test bed. Boots Debian 12's Xen 4.17 hypervisor and a dom0 (Debian's
# kernel + an initramfs built here with busybox-static, the xl toolstack and the test files)
# inside QEMU TCG, runs a dom0 test script that starts HaLVM guests with `xl create`, and prints
# what it reports. Everything comes from Debian packages fetched with `apt-get download` into a
# cache and unpacked there; nothing is installed system-wide (docs/xen.md).
#
# Usage: ci/xen-testbed.sh BUILD_DIR PAYLOAD_DIR
#   PAYLOAD_DIR holds run.sh (executed in dom0 as /payload/run.sh) and whatever it needs
#   (guest images, ...). Its output (PASS/FAIL lines) appears on stdout; the exit status is
#   non-zero if the test bed itself failed or the payload printed a FAIL line.
#   XEN_HYPERVISOR=FILE boots that hypervisor (xen.gz or the plain ELF, e.g. one built by
#   xen-spec/xen.spec) instead of Debian's; everything else stays the same.
set -eu
B=$(cd "${1:?usage: ci/xen-testbed.sh BUILD_DIR PAYLOAD_DIR}" && pwd)
payload=$(cd "${2:?usage: ci/xen-testbed.sh BUILD_DIR PAYLOAD_DIR}" && pwd)
cache=$B/xen-cache
work=$B/xen-testbed
mkdir -p "$cache/debs" "$work"

XEN_PKGS="xen-hypervisor-4.17-amd64 xen-utils-4.17 busybox-static linux-image-amd64 libxencall1 libxendevicemodel1
	libxenevtchn1 libxenforeignmemory1 libxengnttab1 libxenhypfs1 libxenmisc4.17 libxenstore4 libxentoolcore1
	libxentoollog1 libyajl2 xenstore-utils"
MODULES="xen-privcmd xen-evtchn xen-gntdev xen-gntalloc xenfs" # in this order: xenfs needs the others

if [ "$(cat "$cache/ready" 2>/dev/null)" != "$(echo $XEN_PKGS)" ]; then
	echo "xen-testbed: fetching Debian packages into $cache" >&2
	(cd "$cache/debs" && apt-get download $XEN_PKGS 2>&1 | grep -v 'unsandboxed' >&2 || true)
	kpkg=$(dpkg-deb -f "$cache"/debs/linux-image-amd64_*.deb Depends | sed 's/[ ,].*//')
	(cd "$cache/debs" && apt-get download "$kpkg" 2>&1 | grep -v 'unsandboxed' >&2 || true)
	rm -rf "$cache/root" && mkdir -p "$cache/root"
	for d in "$cache"/debs/*.deb; do dpkg-deb -x "$d" "$cache/root"; done
	echo $XEN_PKGS >"$cache/ready"
fi
root=$cache/root
xen_gz=${XEN_HYPERVISOR:-$(ls "$root"/boot/xen-4.17-amd64.gz)}
vmlinuz=$(ls "$root"/boot/vmlinuz-*-amd64 | head -1)
kver=${vmlinuz##*/vmlinuz-}
case $xen_gz in # QEMU's multiboot loader wants the plain 32-bit ELF
*.gz) gunzip -c "$xen_gz" >"$work/xen.elf" ;;
*) cp "$xen_gz" "$work/xen.elf" ;;
esac

echo "xen-testbed: building the dom0 initramfs" >&2
ird=$work/initramfs
rm -rf "$ird"
mkdir -p "$ird"/{bin,sbin,lib,lib64,usr/lib,etc,proc,sys,dev,run,tmp,var/log/xen/console,var/lib/xen,var/run,modules,payload}
cp "$root/bin/busybox" "$ird/bin/busybox"
for t in sh mount mkdir insmod cat echo sleep poweroff ls grep sed seq tail head dd wc tr date uptime awk cut \
	readlink basename dirname mktemp rm od env id uname printf timeout touch kill md5sum stty; do
	ln -s busybox "$ird/bin/$t"
done
xbin=$root/usr/lib/xen-4.17/bin
mkdir -p "$ird/usr/lib/xen-4.17/bin" "$ird/usr/lib/xen-4.17/boot"
for b in xl xenstored xenconsoled xenconsole xen-init-dom0; do
	cp "$xbin/$b" "$ird/usr/lib/xen-4.17/bin/"
done
for b in xenstore-read xenstore-write xenstore-ls; do
	cp "$root/usr/bin/$b" "$ird/usr/lib/xen-4.17/bin/"
done
ln -s /usr/lib/xen-4.17/bin/xl "$ird/bin/xl"
for b in xenstore-read xenstore-write xenstore-ls; do ln -s /usr/lib/xen-4.17/bin/$b "$ird/bin/$b"; done
# Shared libraries: the Xen ones from the cache, the rest (glibc, ncurses, libgcc_s) from the host.
libpath=$(find "$root" -name 'libxen*.so*' -printf '%h\n' | sort -u | tr '\n' ':')$(find "$root" -name 'libyajl*.so*' -printf '%h\n' | sort -u | tr '\n' ':')
for b in "$ird"/usr/lib/xen-4.17/bin/*; do
	LD_LIBRARY_PATH=$libpath ldd "$b" | awk '/=> \// { print $3 } /^\t\/lib64/ { print $1 }'
done | sort -u | while read -r l; do
	dest=$ird/lib/$(basename "$l")
	case $l in /lib64/*) dest=$ird/lib64/$(basename "$l") ;; esac
	cp -L "$l" "$dest"
done
cp -L /lib/x86_64-linux-gnu/libgcc_s.so.1 "$ird/lib/" # xl aborts at exit without it (pthread_cancel)
# bash, for halvm-run (busybox sh runs everything else)
cp /bin/bash "$ird/bin/bash"
ldd /bin/bash | awk '/=> \// { print $3 }' | while read -r l; do cp -L "$l" "$ird/lib/"; done
for m in $MODULES; do
	cp "$(find "$root/lib/modules/$kver" -name "$m.ko" | head -1)" "$ird/modules/"
done
cp -r "$root/etc/xen" "$ird/etc/" 2>/dev/null || mkdir -p "$ird/etc/xen"
[ -f "$ird/etc/xen/xl.conf" ] || : >"$ird/etc/xen/xl.conf"
cp -r "$payload/." "$ird/payload/"
cat >"$ird/init" <<EOF
#!/bin/sh
export PATH=/bin:/sbin:/usr/lib/xen-4.17/bin LD_LIBRARY_PATH=/lib:/lib64
mount -t proc proc /proc; mount -t sysfs sysfs /sys; mount -t devtmpfs dev /dev
mkdir -p /dev/pts && mount -t devpts devpts /dev/pts
mount -t tmpfs tmpfs /run; mkdir -p /run/xen /var/log/xen/console /var/run/xen /var/lock
for m in $MODULES; do insmod /modules/\$m.ko || echo "xen-testbed: insmod \$m failed"; done
mkdir -p /proc/xen && mount -t xenfs xenfs /proc/xen
xenstored --pid-file /run/xen/xenstored.pid
xen-init-dom0 >/dev/null
xenconsoled --log=guest --log-dir=/var/log/xen/console --pid-file=/run/xen/xenconsoled.pid
echo "XENTESTBED-READY"
sh /payload/run.sh
echo "XENTESTBED-DONE \$?"
poweroff -f
EOF
chmod +x "$ird/init"
(cd "$ird" && find . | cpio -o -H newc 2>/dev/null | gzip -1) >"$work/dom0.gz"

echo "xen-testbed: booting Xen 4.17 ($xen_gz) and dom0 ($kver) in QEMU TCG" >&2
set +e
timeout "${XEN_TESTBED_TIMEOUT:-900}" qemu-system-x86_64 -accel tcg -cpu max,-smap,-smep -m 1024 -smp 2 \
	-nographic -no-reboot -serial mon:stdio -display none -nodefaults \
	-kernel "$work/xen.elf" \
	-append "console=com1 com1=115200 dom0_mem=512M noreboot cet=0 guest_loglvl=all loglvl=warning" \
	-initrd "$vmlinuz console=hvc0 loglevel=3 quiet,$work/dom0.gz" </dev/null >"$work/serial.log" 2>&1
qs=$?
set -e
tr -d '\r' <"$work/serial.log" | awk '/XENTESTBED-READY/ { on = 1; next } /XENTESTBED-DONE/ { on = 0 } on' | grep -v -e '^(XEN)' -e '^(d[0-9]*)' || true
if ! grep -q XENTESTBED-DONE "$work/serial.log"; then
	echo "FAIL xen-testbed: the test bed did not finish (QEMU status $qs); last lines of $work/serial.log:"
	tail -30 "$work/serial.log" | sed 's/^/    | /'
	exit 1
fi
# run.sh ends with "exit 0" after its last test: any other status means it died partway.
rc=$(tr -d '\r' <"$work/serial.log" | sed -n 's/^XENTESTBED-DONE \([0-9]*\)$/\1/p' | tail -1)
if [ "$rc" != 0 ]; then
	echo "FAIL xen-testbed: the payload's run.sh ended with status '$rc' before finishing its tests"
	exit 1
fi
! tr -d '\r' <"$work/serial.log" | grep -q '^FAIL '
