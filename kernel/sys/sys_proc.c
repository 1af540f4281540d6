/*
 * sys_proc.c: the process: identity (one process, pid = tid = 1, root
 * credentials), TLS (arch_prctl), the thread bookkeeping musl does at start
 * (set_tid_address, set_robust_list), futex for a single thread, and exit.
 */
#include <asm/prctl.h>
#include <linux/futex.h>
#include <linux/time_types.h>
#include "syscall.h"
#include "x86.h"

#define PID 1

SYSCALL(getpid) { return PID; }
SYSCALL(gettid) { return PID; }
SYSCALL(getppid) { return 0; }
SYSCALL(getuid) { return 0; }
SYSCALL(geteuid) { return 0; }
SYSCALL(getgid) { return 0; }
SYSCALL(getegid) { return 0; }
SYSCALL(getpgrp) { return PID; }
SYSCALL(getpgid) { return (a0 == 0 || a0 == PID) ? PID : -ESRCH; }
SYSCALL(getsid) { return (a0 == 0 || a0 == PID) ? PID : -ESRCH; }
SYSCALL(setpgid) { return (a0 == 0 || a0 == PID) ? 0 : -ESRCH; }
SYSCALL(setsid) { return -EPERM; } /* already a session leader */
SYSCALL(getgroups) { return a0 < 0 ? -EINVAL : 0; }

SYSCALL(umask)
{
	static long mask = 022;
	long old = mask;
	mask = a0 & 0777;
	return old;
}

static long three_zero_ids(long a, long b, long c)
{
	unsigned z = 0;
	if (copy_to_user((void *)a, &z, 4) || copy_to_user((void *)b, &z, 4) || copy_to_user((void *)c, &z, 4))
		return -EFAULT;
	return 0;
}
SYSCALL(getresuid) { return three_zero_ids(a0, a1, a2); }
SYSCALL(getresgid) { return three_zero_ids(a0, a1, a2); }

SYSCALL(arch_prctl)
{
	switch (a0) {
	case ARCH_SET_FS:
		if ((uint64_t)a1 >= USER_TOP && (uint64_t)a1 < PHYSMAP_BASE)
			return -EPERM; /* non-canonical: wrmsr would fault */
		wrmsr(MSR_FS_BASE, a1);
		return 0;
	case ARCH_GET_FS: {
		uint64_t v = rdmsr(MSR_FS_BASE);
		return copy_to_user((void *)a1, &v, sizeof(v));
	}
	case ARCH_SET_GS:
		if ((uint64_t)a1 >= USER_TOP && (uint64_t)a1 < PHYSMAP_BASE)
			return -EPERM;
		wrmsr(MSR_GS_BASE, a1);
		return 0;
	case ARCH_GET_GS: {
		uint64_t v = rdmsr(MSR_GS_BASE);
		return copy_to_user((void *)a1, &v, sizeof(v));
	}
	default:
		return -EINVAL;
	}
}

SYSCALL(set_tid_address) { return PID; }
/* The robust-futex list head is only kept: with one thread, nobody walks it at exit. */
static uint64_t robust_head;
SYSCALL(set_robust_list)
{
	if (a1 != 24) /* sizeof(struct robust_list_head) */
		return -EINVAL;
	robust_head = a0;
	return 0;
}

SYSCALL(get_robust_list)
{
	if (a0 != 0 && a0 != PID)
		return -ESRCH;
	uint64_t len = 24;
	if (copy_to_user((void *)a1, &robust_head, sizeof(robust_head)) || copy_to_user((void *)a2, &len, sizeof(len)))
		return -EFAULT;
	return 0;
}

/*
 * With one thread, FUTEX_WAIT can only return when the value differs
 * (EAGAIN), the timeout passes, or a signal arrives; FUTEX_WAKE wakes no one.
 */
SYSCALL(futex)
{
	int op = a1 & FUTEX_CMD_MASK;
	uint32_t *uaddr = (uint32_t *)a0;
	if ((uint64_t)uaddr & 3)
		return -EINVAL;
	if ((a1 & FUTEX_CLOCK_REALTIME) && op != FUTEX_WAIT_BITSET && op != FUTEX_WAIT_REQUEUE_PI)
		return -ENOSYS; /* as Linux */
	if ((op == FUTEX_WAIT_BITSET || op == FUTEX_WAKE_BITSET) && (uint32_t)a5 == 0)
		return -EINVAL; /* an empty bitset */
	switch (op) {
	case FUTEX_WAIT:
	case FUTEX_WAIT_BITSET: {
		uint32_t v;
		if (copy_from_user(&v, uaddr, 4))
			return -EFAULT;
		if (v != (uint32_t)a2)
			return -EAGAIN;
		uint64_t deadline = UINT64_MAX;
		if (a3) {
			struct __kernel_timespec ts;
			if (copy_from_user(&ts, (void *)a3, sizeof(ts)))
				return -EFAULT;
			if (ts.tv_sec < 0 || ts.tv_nsec < 0 || ts.tv_nsec >= 1000000000)
				return -EINVAL;
			uint64_t ns = ts.tv_sec * 1000000000ull + ts.tv_nsec;
			bool abs = op == FUTEX_WAIT_BITSET;
			uint64_t now = (a1 & FUTEX_CLOCK_REALTIME) ? time_realtime() : time_monotonic();
			deadline = time_monotonic() + (abs ? (ns > now ? ns - now : 0) : ns);
		}
		if (deadline == UINT64_MAX) {
			static bool warned;
			if (!warned) {
				warned = true;
				klog(LOG_WARN,
				     "futex wait with no other thread and no timeout: only a signal can end it\n");
			}
			while (!signal_pending())
				wait_event();
			return -ERESTARTSYS; /* as Linux: SA_RESTART re-runs it, and it re-checks the value */
		}
		return sleep_until(deadline, true) ? -EINTR : -ETIMEDOUT;
	}
	case FUTEX_WAKE:
	case FUTEX_WAKE_BITSET:
		if (user_check(uaddr, 4, false))
			return -EFAULT;
		return 0;
	case FUTEX_REQUEUE:
	case FUTEX_CMP_REQUEUE:
	case FUTEX_WAKE_OP:
		return 0;
	default:
		return -ENOSYS;
	}
}

SYSCALL(sched_yield) { return 0; }

SYSCALL(sched_getaffinity)
{
	if (a0 != 0 && a0 != PID)
		return -ESRCH;
	if (a1 < 8 || (a1 & 7))
		return -EINVAL;
	if (user_check((void *)a2, a1, true))
		return -EFAULT;
	memset((void *)a2, 0, a1);
	*(unsigned char *)a2 = 1; /* CPU 0 */
	return 8;
}

SYSCALL(exit) { proc_exit(a0); }
SYSCALL(exit_group) { proc_exit(a0); }

SYSCALL(prctl) { return -EINVAL; }
SYSCALL(membarrier) { return -ENOSYS; }
SYSCALL(rseq) { return -ENOSYS; }
