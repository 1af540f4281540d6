/*
 * sigframe.h: the Linux x86_64 signal frame the kernel writes on the
 * program's stack (arch/x86/include/asm/sigframe.h in Linux): the handler's
 * return address (sa_restorer), then the ucontext, then the siginfo. The
 * FPU state follows separately, 64-byte aligned. tests/unit checks the
 * layout against the C library's ucontext_t.
 */
#ifndef HALVM_SIGFRAME_H
#define HALVM_SIGFRAME_H

#include <stdint.h>
#include <asm/signal.h>
#include <asm/sigcontext.h>
#include <asm/ucontext.h>
#include <asm-generic/siginfo.h>

struct rt_sigframe {
	uint64_t pretcode;
	struct ucontext uc;
	siginfo_t info;
};

#endif
