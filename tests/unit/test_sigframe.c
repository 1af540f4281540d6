/*
 * test_sigframe.c: the signal frame the kernel writes must be what a C library's handler
 * reads. Compares kernel/include/sigframe.h (Linux UAPI structs) with the host C library's
 * ucontext_t and siginfo_t, field by field.
 */
#define _GNU_SOURCE
#include <signal.h>
#include <stddef.h>
#include <sys/ucontext.h>
#include "host.h"

extern size_t k_uc, k_info, k_mcontext, k_rip, k_rsp, k_rdi, k_fpstate, k_sigmask, k_siginfo_size, k_si_addr;

static void frame_order(void)
{
	CHECK(k_uc == 8);                 /* after the return address (sa_restorer) */
	CHECK(k_info > k_uc + k_sigmask); /* siginfo after the ucontext */
	CHECK(k_info % 8 == 0);
}

static void ucontext_matches_libc(void)
{
	CHECK(k_mcontext == offsetof(ucontext_t, uc_mcontext));
	CHECK(k_rip == offsetof(ucontext_t, uc_mcontext.gregs[REG_RIP]));
	CHECK(k_rsp == offsetof(ucontext_t, uc_mcontext.gregs[REG_RSP]));
	CHECK(k_rdi == offsetof(ucontext_t, uc_mcontext.gregs[REG_RDI]));
	CHECK(k_fpstate == offsetof(ucontext_t, uc_mcontext.fpregs));
	CHECK(k_sigmask == offsetof(ucontext_t, uc_sigmask));
}

static void siginfo_matches_libc(void)
{
	CHECK(k_siginfo_size == sizeof(siginfo_t));
	CHECK(k_si_addr == offsetof(siginfo_t, si_addr));
}

int main(int argc, char **argv)
{
	static const struct test tests[] = {
	        {"frame_order", frame_order},
	        {"ucontext_matches_libc", ucontext_matches_libc},
	        {"siginfo_matches_libc", siginfo_matches_libc},
	};
	return run_tests("sigframe", tests, 3, argc, argv);
}
