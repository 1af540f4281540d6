/* sigframe_kernel.c: offsets of the kernel's signal frame (kernel/include/sigframe.h), for test_sigframe.c. */
#include <stddef.h>
#include "sigframe.h"

size_t k_uc = offsetof(struct rt_sigframe, uc);
size_t k_info = offsetof(struct rt_sigframe, info);
size_t k_mcontext = offsetof(struct ucontext, uc_mcontext);
size_t k_rip = offsetof(struct ucontext, uc_mcontext.rip);
size_t k_rsp = offsetof(struct ucontext, uc_mcontext.rsp);
size_t k_rdi = offsetof(struct ucontext, uc_mcontext.rdi);
size_t k_fpstate = offsetof(struct ucontext, uc_mcontext.fpstate);
size_t k_sigmask = offsetof(struct ucontext, uc_sigmask);
size_t k_siginfo_size = sizeof(siginfo_t);
size_t k_si_addr = offsetof(siginfo_t, si_addr);
