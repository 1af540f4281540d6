/* syscall.h: the uniform handler signature of the system-call table and the handler prototypes, by file. */
#ifndef HALVM_SYSCALL_H
#define HALVM_SYSCALL_H

#include "defs.h"

#define SYSCALL(name) long sys_##name(long a0, long a1, long a2, long a3, long a4, long a5)
typedef long (*syscall_fn)(long, long, long, long, long, long);

struct trapframe;
extern struct trapframe *syscall_frame; /* the frame of the system call being served */

/* clang-format off */
/* sys_fd.c */
SYSCALL(read); SYSCALL(write); SYSCALL(readv); SYSCALL(writev); SYSCALL(pread64); SYSCALL(pwrite64);
SYSCALL(preadv); SYSCALL(pwritev); SYSCALL(close); SYSCALL(lseek); SYSCALL(ioctl); SYSCALL(fcntl);
SYSCALL(dup); SYSCALL(dup2); SYSCALL(dup3); SYSCALL(pipe); SYSCALL(pipe2);
/* sys_path.c */
SYSCALL(open); SYSCALL(openat); SYSCALL(fstat); SYSCALL(newfstatat); SYSCALL(stat); SYSCALL(lstat);
SYSCALL(access); SYSCALL(faccessat); SYSCALL(faccessat2); SYSCALL(getcwd); SYSCALL(chdir); SYSCALL(readlink);
SYSCALL(readlinkat); SYSCALL(unlink); SYSCALL(unlinkat); SYSCALL(mkdir); SYSCALL(mkdirat); SYSCALL(statx);
/* sys_poll.c */
SYSCALL(poll); SYSCALL(ppoll); SYSCALL(select); SYSCALL(pselect6);
/* sys_mm.c */
SYSCALL(mmap); SYSCALL(munmap); SYSCALL(mprotect); SYSCALL(madvise); SYSCALL(brk); SYSCALL(mremap);
SYSCALL(mlock); SYSCALL(munlock); SYSCALL(mincore);
/* sys_signal.c */
SYSCALL(rt_sigaction); SYSCALL(rt_sigprocmask); SYSCALL(rt_sigreturn); SYSCALL(sigaltstack); SYSCALL(kill);
SYSCALL(tgkill); SYSCALL(tkill); SYSCALL(rt_sigpending); SYSCALL(rt_sigsuspend); SYSCALL(pause);
SYSCALL(rt_sigtimedwait);
/* sys_time.c */
SYSCALL(clock_gettime); SYSCALL(clock_getres); SYSCALL(gettimeofday); SYSCALL(time); SYSCALL(nanosleep);
SYSCALL(clock_nanosleep); SYSCALL(timer_create); SYSCALL(timer_settime); SYSCALL(timer_gettime);
SYSCALL(timer_getoverrun); SYSCALL(timer_delete); SYSCALL(getitimer); SYSCALL(setitimer); SYSCALL(alarm);
/* sys_proc.c */
SYSCALL(getpid); SYSCALL(gettid); SYSCALL(getppid); SYSCALL(getuid); SYSCALL(geteuid); SYSCALL(getgid);
SYSCALL(getegid); SYSCALL(getpgrp); SYSCALL(getpgid); SYSCALL(getsid); SYSCALL(setpgid); SYSCALL(setsid);
SYSCALL(getresuid); SYSCALL(getresgid); SYSCALL(getgroups); SYSCALL(umask);
SYSCALL(arch_prctl); SYSCALL(set_tid_address); SYSCALL(set_robust_list); SYSCALL(get_robust_list);
SYSCALL(futex); SYSCALL(sched_yield); SYSCALL(sched_getaffinity); SYSCALL(exit); SYSCALL(exit_group);
SYSCALL(prctl); SYSCALL(membarrier); SYSCALL(rseq);
/* sys_info.c */
SYSCALL(uname); SYSCALL(sysinfo); SYSCALL(getrlimit); SYSCALL(setrlimit); SYSCALL(prlimit64);
SYSCALL(getrusage); SYSCALL(getrandom); SYSCALL(times);

/* clang-format on */

#endif
