# Makefile: builds the HaLVM SDK into build/ (usable from build/bin without installing) and
# installs the same layout with `make install PREFIX=... DESTDIR=...`. `make check` runs the
# test suite; `make V=1` shows full commands.

VERSION := $(shell packaging/version.sh)
B ?= build
PREFIX ?= /usr/local
DESTDIR ?=
DOCDIR ?= $(PREFIX)/share/doc/halvm-sdk
MANDIR ?= $(PREFIX)/share/man
# LINK_DISTRO_LIBS=yes (the distro packages): the sysroot's musl files and C archives become
# relative symlinks to the distro's own, so security updates of musl-dev/libgmp-dev/... reach
# HaLVM images and the package ships no copies. Default: copies, a self-contained tree.
LINK_DISTRO_LIBS ?= no
TRIPLE := x86_64-halvm-xen
SYSROOT := $(B)/lib/$(TRIPLE)
MUSL_LIB ?= /usr/lib/x86_64-linux-musl
MUSL_INC ?= /usr/include/x86_64-linux-musl
CC := gcc
GHC ?= ghc
GHC_VERSION := $(shell $(GHC) --numeric-version 2>/dev/null)
HOST_LIB ?= /usr/lib/x86_64-linux-gnu
# The C libraries every GHC program links (gmp for Integer, ffi for the RTS, z for zlib users):
# the distro's static archives, named once here and copied into the sysroot.
HOST_ARCHIVES := libgmp.a libffi.a libz.a

ifeq ($(V),1)
Q :=
say = @true
else
Q := @
say = @printf '  %-6s %s\n' $(1) $(2)
endif

# Kernel: freestanding, no red zone, no SSE (the program's FPU state is never touched
# implicitly), frame pointers for backtraces. Linux and Xen ABI headers from the distro.
GCC_INC := $(shell $(CC) -print-file-name=include)
KCFLAGS := -std=gnu11 -O2 -g -Wall -Wextra -Werror -Wno-unused-parameter -ffreestanding -fno-pie \
	-fno-stack-protector -fno-omit-frame-pointer -mno-red-zone -mgeneral-regs-only -mno-sse -mno-mmx \
	-fno-asynchronous-unwind-tables -fno-common -nostdinc -isystem $(GCC_INC) \
	-isystem /usr/include/x86_64-linux-gnu -isystem /usr/include \
	-Ikernel/include -Ikernel/sys -I$(B)/kernel
KSRC := $(wildcard kernel/*.c kernel/mm/*.c kernel/sys/*.c kernel/arch/x86_64/*.c kernel/qemu/*.c kernel/xen/*.c) \
	$(wildcard kernel/arch/x86_64/*.S kernel/xen/*.S)
KOBJ := $(patsubst %,$(B)/%.o,$(basename $(KSRC)))

WRAPPERS := x86_64-halvm-gcc x86_64-halvm-ld halvm-run \
	$(if $(GHC_VERSION),x86_64-halvm-ghc x86_64-halvm-ghc-pkg x86_64-halvm-cabal x86_64-halvm-hsc2hs)
SDK_PKGDB := $(SYSROOT)/lib/ghc-$(GHC_VERSION)/package.conf.d
MUSL_FILES := crt1.o crti.o crtn.o libc.a libm.a libpthread.a librt.a libdl.a libutil.a libxnet.a libresolv.a
SYSROOT_LIB := $(addprefix $(SYSROOT)/lib/,$(MUSL_FILES) halvm-kernel.o halvm.ld halvm-gcc.specs halvm-host.specs \
	mksymtab.awk halvm-symtab-empty.o libhalvm_compat.a halvm-libc-overrides.o kvm-probe.elf \
	$(foreach a,$(HOST_ARCHIVES),$(if $(wildcard $(HOST_LIB)/$(a)),$(a))))

MANPAGES := $(patsubst docs/man/%.1.in,$(B)/man/%.1,$(wildcard docs/man/*.1.in))

all: $(MANPAGES) $(addprefix $(B)/bin/,$(WRAPPERS)) $(SYSROOT_LIB) $(SYSROOT)/include/stdio.h $(if $(GHC_VERSION),$(SDK_PKGDB)/package.cache)

# The SDK's own Haskell package database (the halvm library will be registered here).
$(SDK_PKGDB)/package.cache:
	@mkdir -p $(dir $(SDK_PKGDB))
	$(call say,GEN,$(SDK_PKGDB))
	$(Q)rm -rf $(SDK_PKGDB) && ghc-pkg init $(SDK_PKGDB) && rm -f $(SDK_PKGDB)/package.cache.lock

$(B)/kernel/syscall_names.h: /usr/include/x86_64-linux-gnu/asm/unistd_64.h
	@mkdir -p $(dir $@)
	$(call say,GEN,$@)
	$(Q){ echo '/* generated from asm/unistd_64.h by the Makefile */'; \
	  echo 'static const char *const syscall_names[] = {'; \
	  sed -n 's/^#define __NR_\([a-z0-9_]*\) \([0-9]*\)$$/[\2] = "\1",/p' $<; echo '};'; } >$@

$(B)/kernel/version.c: FORCE
	@mkdir -p $(dir $@)
	$(Q)echo 'const char halvm_version[] = "$(VERSION)";' >$@.tmp
	$(Q)cmp -s $@.tmp $@ && rm $@.tmp || mv $@.tmp $@

$(B)/kernel/%.o: kernel/%.c $(B)/kernel/syscall_names.h $(wildcard kernel/include/*.h kernel/*/*.h)
	@mkdir -p $(dir $@)
	$(call say,CC,$<)
	$(Q)$(CC) $(KCFLAGS) -c $< -o $@

$(B)/kernel/%.o: kernel/%.S
	@mkdir -p $(dir $@)
	$(call say,AS,$<)
	$(Q)$(CC) $(KCFLAGS) -c $< -o $@

$(B)/kernel/version.o: $(B)/kernel/version.c
	$(Q)$(CC) $(KCFLAGS) -c $< -o $@

# One relocatable kernel object; only halvm_* stays global, so kernel names never clash
# with musl's or the program's. libgcc supplies 128-bit division (__udivti3) to the kernel
# itself, so the object links without the caller's libgcc.
$(SYSROOT)/lib/halvm-kernel.o: $(KOBJ) $(B)/kernel/version.o
	@mkdir -p $(dir $@)
	$(call say,LD,$@)
	$(Q)ld -r -o $(B)/kernel/kernel-all.o $^ $(shell $(CC) -print-libgcc-file-name)
	$(Q)objcopy -w -G 'halvm_*' $(B)/kernel/kernel-all.o $@

$(SYSROOT)/lib/libhalvm_compat.a: sysroot/compat/fortify.c
	@mkdir -p $(B)/sysroot $(dir $@)
	$(call say,CC,$<)
	$(Q)$(CC) -std=gnu11 -O2 -Wall -Wextra -Werror -nostdinc -isystem $(MUSL_INC) -isystem $(GCC_INC) \
		-fno-stack-protector -fno-ident -g -c $< -o $(B)/sysroot/fortify.o
	$(Q)rm -f $@ && ar rcs $@ $(B)/sysroot/fortify.o

# musl functions HaLVM images get in another form (sysroot/overrides/*.c, each says why): one
# object that the specs link with the start files, ahead of libc.a.
OVERRIDES := $(wildcard sysroot/overrides/*.c)
$(SYSROOT)/lib/halvm-libc-overrides.o: $(OVERRIDES)
	@mkdir -p $(B)/sysroot/overrides $(dir $@)
	$(call say,CC,sysroot/overrides)
	$(Q)for f in $^; do $(CC) -std=gnu11 -O2 -Wall -Wextra -Werror -nostdinc -isystem $(MUSL_INC) -isystem $(GCC_INC) \
		-fno-stack-protector -fno-ident -g -c $$f -o $(B)/sysroot/overrides/$$(basename $$f .c).o || exit 1; done
	$(Q)ld -r -o $@ $(patsubst sysroot/overrides/%.c,$(B)/sysroot/overrides/%.o,$^)

$(SYSROOT)/lib/halvm-symtab-empty.o: sysroot/symtab-empty.S
	@mkdir -p $(dir $@)
	$(Q)$(CC) -c $< -o $@

$(SYSROOT)/lib/kvm-probe.elf: toolchain-wrappers/kvm-probe.S
	@mkdir -p $(dir $@)
	$(call say,AS,$<)
	$(Q)$(CC) -m32 -nostdlib -static -no-pie -s -Wl,--build-id=none -Wl,-Ttext=0x100000 -o $@ $<

$(SYSROOT)/lib/halvm.ld $(SYSROOT)/lib/halvm-gcc.specs $(SYSROOT)/lib/halvm-host.specs $(SYSROOT)/lib/mksymtab.awk: $(SYSROOT)/lib/%: sysroot/%
	@mkdir -p $(dir $@)
	$(Q)cp $< $@

$(addprefix $(SYSROOT)/lib/,$(MUSL_FILES)): $(SYSROOT)/lib/%: $(MUSL_LIB)/%
	@mkdir -p $(dir $@)
	$(Q)cp $< $@

$(addprefix $(SYSROOT)/lib/,$(HOST_ARCHIVES)): $(SYSROOT)/lib/%: $(HOST_LIB)/%
	@mkdir -p $(dir $@)
	$(Q)cp $< $@

$(SYSROOT)/include/stdio.h: $(MUSL_INC)/stdio.h
	@mkdir -p $(SYSROOT)/include
	$(call say,COPY,musl headers)
	$(Q)cp -r $(MUSL_INC)/. $(SYSROOT)/include/

$(B)/bin/%: toolchain-wrappers/%.in
	@mkdir -p $(dir $@)
	$(call say,GEN,$@)
	$(Q)sed 's/@VERSION@/$(VERSION)/g; s/@GHC_VERSION@/$(GHC_VERSION)/g' $< >$@ && chmod +x $@

$(B)/bin/halvm-run: toolchain-wrappers/halvm-run
	@mkdir -p $(dir $@)
	$(call say,GEN,$@)
	$(Q)sed 's/@VERSION@/$(VERSION)/g' $< >$@ && chmod +x $@

$(B)/man/%.1: docs/man/%.1.in
	@mkdir -p $(dir $@)
	$(Q)sed 's/@VERSION@/$(VERSION)/g; s/@GHC_VERSION@/$(GHC_VERSION)/g' $< >$@

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(DOCDIR)/examples
	install -m 755 $(addprefix $(B)/bin/,$(WRAPPERS)) $(DESTDIR)$(PREFIX)/bin/
	rm -rf $(DESTDIR)$(PREFIX)/lib/$(TRIPLE)
	cp -r $(SYSROOT) $(DESTDIR)$(PREFIX)/lib/$(TRIPLE)
	rm -f $(DESTDIR)$(PREFIX)/lib/$(TRIPLE)/lib/ghc-*/package.conf.d/package.cache.lock # ghc-pkg's, at run time
ifeq ($(LINK_DISTRO_LIBS),yes)
	cd $(DESTDIR)$(PREFIX)/lib/$(TRIPLE) && rm -rf include && ln -sr $(DESTDIR)$(MUSL_INC) include
	for f in $(MUSL_FILES); do ln -sfr $(DESTDIR)$(MUSL_LIB)/$$f $(DESTDIR)$(PREFIX)/lib/$(TRIPLE)/lib/$$f; done
	for f in $(notdir $(filter $(addprefix %/,$(HOST_ARCHIVES)),$(SYSROOT_LIB))); do \
		ln -sfr $(DESTDIR)$(HOST_LIB)/$$f $(DESTDIR)$(PREFIX)/lib/$(TRIPLE)/lib/$$f; done
endif
	install -m 644 $(MANPAGES) $(DESTDIR)$(MANDIR)/man1/
	install -m 644 README.md CHANGES.md LICENSE $(wildcard docs/*.md) $(DESTDIR)$(DOCDIR)/
	install -m 644 examples/README.md examples/*.c examples/*.hs $(DESTDIR)$(DOCDIR)/examples/

# A source tarball of the tree as it is (committed or not), with its version recorded in
# .tarball-version for packaging/version.sh. make rpm builds from it.
dist:
	@mkdir -p $(B)
	$(Q)rm -rf $(B)/dist && mkdir -p $(B)/dist/halvm-sdk-$(VERSION)
	$(Q)git ls-files -z | xargs -0 cp --parents -d -t $(B)/dist/halvm-sdk-$(VERSION)
	$(Q)echo $(VERSION) >$(B)/dist/halvm-sdk-$(VERSION)/.tarball-version
	$(Q)tar -C $(B)/dist -czf $(B)/halvm-sdk-$(VERSION).tar.gz --owner=0 --group=0 --sort=name halvm-sdk-$(VERSION)
	$(Q)rm -rf $(B)/dist
	@echo $(B)/halvm-sdk-$(VERSION).tar.gz

check: all
	ci/test-all.sh

# The tests that need no hypervisor and no QEMU: what package builds run (%check, dh_auto_test).
check-host:
	$(MAKE) -C tests/unit run

version:
	@echo $(VERSION)

# Distro packages (docs/packaging.md): outputs in $(B)/packages/.
deb: dist
	packaging/build-deb.sh $(B) $(B)/halvm-sdk-$(VERSION).tar.gz
rpm: dist
	packaging/build-rpm.sh $(B) $(B)/halvm-sdk-$(VERSION).tar.gz
rpm-repo: rpm
	packaging/rpm-repo.sh $(B)
# Build both, install each into a clean root, use the INSTALLED tools, remove them again.
check-packages:
	tests/packaging/run.sh $(B)

clean:
	rm -rf $(B)

.PHONY: all install dist check check-host version deb rpm rpm-repo check-packages clean FORCE
