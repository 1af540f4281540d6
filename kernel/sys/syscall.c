/*
 * syscall.c: system-call dispatch. entry.S calls syscall_handler with the
 * program's registers; the table maps Linux x86_64 numbers to handlers
 * (designated initializers, bounds checked). Results follow musl's
 * __syscall_ret contract: -errno in -4095..-1. Unknown numbers are logged
 * once ("unimplemented syscall N (name)") and return -ENOSYS. With the
 * `strace` boot option every call is logged with its arguments and result.
 * Before returning, pending signals are delivered (signal.c), and
 * -ERESTARTSYS becomes a restart or -EINTR as SA_RESTART decides.
 */
#include <asm/unistd_64.h>
#include "syscall.h"
#include "x86.h"
#include "syscall_names.h" /* generated from asm/unistd_64.h */

#define S(name) [__NR_##name] = sys_##name

/* clang-format off */
static const syscall_fn table[] = {
	S(read), S(write), S(readv), S(writev), S(pread64), S(pwrite64), S(preadv), S(pwritev), S(close),
	S(lseek), S(ioctl), S(fcntl), S(dup), S(dup2), S(dup3), S(pipe), S(pipe2),
	S(open), S(openat), S(fstat), S(newfstatat), S(stat), S(lstat), S(access), S(faccessat), S(faccessat2),
	S(getcwd), S(chdir), S(readlink), S(readlinkat), S(unlink), S(unlinkat), S(mkdir), S(mkdirat), S(statx),
	S(poll), S(ppoll), S(select), S(pselect6),
	S(mmap), S(munmap), S(mprotect), S(madvise), S(brk), S(mremap), S(mlock), S(munlock), S(mincore),
	S(rt_sigaction), S(rt_sigprocmask), S(rt_sigreturn), S(sigaltstack), S(kill), S(tgkill), S(tkill),
	S(rt_sigpending), S(rt_sigsuspend), S(pause), S(rt_sigtimedwait),
	S(clock_gettime), S(clock_getres), S(gettimeofday), S(time), S(nanosleep), S(clock_nanosleep),
	S(timer_create), S(timer_settime), S(timer_gettime), S(timer_getoverrun), S(timer_delete),
	S(getitimer), S(setitimer), S(alarm),
	S(getpid), S(gettid), S(getppid), S(getuid), S(geteuid), S(getgid), S(getegid), S(getpgrp), S(getpgid),
	S(getsid), S(setpgid), S(setsid), S(getresuid), S(getresgid), S(getgroups), S(umask),
	S(arch_prctl), S(set_tid_address), S(set_robust_list), S(get_robust_list), S(futex), S(sched_yield),
	S(sched_getaffinity), S(exit), S(exit_group), S(prctl), S(membarrier), S(rseq),
	S(uname), S(sysinfo), S(getrlimit), S(setrlimit), S(prlimit64), S(getrusage), S(getrandom), S(times),
};
/* clang-format on */

struct trapframe *syscall_frame;
bool strace_enabled;

const char *syscall_name(long nr)
{
	return (nr >= 0 && nr < (long)ARRAY_SIZE(syscall_names) && syscall_names[nr]) ? syscall_names[nr] : "?";
}

static long unimplemented(long nr)
{
	static uint64_t warned[8]; /* one bit per syscall number below 512 */
	if (nr < 0 || nr >= 512 || !(warned[nr / 64] & (1ull << (nr % 64)))) {
		klog(LOG_WARN, "unimplemented syscall %ld (%s)\n", nr, syscall_name(nr));
		if (nr >= 0 && nr < 512)
			warned[nr / 64] |= 1ull << (nr % 64);
	}
	return -ENOSYS;
}

void syscall_handler(struct trapframe *tf)
{
	long nr = tf->rax, ret;
	kernel_depth++;
	syscall_frame = tf;
	if (nr >= 0 && nr < (long)ARRAY_SIZE(table) && table[nr])
		ret = table[nr](tf->rdi, tf->rsi, tf->rdx, tf->r10, tf->r8, tf->r9);
	else
		ret = unimplemented(nr);
	if (strace_enabled && nr != __NR_rt_sigreturn)
		kprintf("halvm: strace: %s(0x%lx, 0x%lx, 0x%lx, 0x%lx) = %ld\n", syscall_name(nr), tf->rdi, tf->rsi,
		        tf->rdx, tf->r10, ret);
	if (ret == -ERESTARTSYS) {
		if (signal_restart_allowed()) {
			tf->rip -= 2; /* re-execute the syscall instruction */
			ret = nr;
		} else
			ret = -EINTR;
	}
	tf->rax = ret;
	kernel_depth--;
	if (signal_pending())
		signal_deliver(tf);
}
