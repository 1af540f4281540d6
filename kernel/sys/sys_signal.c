/*
 * sys_signal.c: the signal system calls. The state and delivery live in
 * signal.c; these check arguments (sigsetsize must be 8, as on Linux x86_64)
 * and move data across. There is one process with pid = tid = 1.
 */
#include <asm/signal.h>
#include <linux/signal.h>
#include <asm-generic/siginfo.h>
#include <linux/time_types.h>
#include "syscall.h"
#include "x86.h"

#define SIGBIT(s) (1ull << ((s)-1))
#define UNBLOCKABLE (SIGBIT(SIGKILL) | SIGBIT(SIGSTOP))

extern struct sigaction sig_actions[];
extern stack_t sig_altstack;
uint64_t signal_pending_set(void);

SYSCALL(rt_sigaction)
{
	int sig = a0;
	struct sigaction act, old;
	if (a3 != 8 || sig < 1 || sig > NSIG_LINUX)
		return -EINVAL;
	if (a1 && copy_from_user(&act, (void *)a1, sizeof(act)))
		return -EFAULT;
	if (a1 && (sig == SIGKILL || sig == SIGSTOP))
		return -EINVAL;
	/* As Linux: the new action is installed before the old one is copied out, so a bad old
	 * pointer gives EFAULT with the new action in place. */
	old = sig_actions[sig];
	if (a1) {
		act.sa_mask &= ~UNBLOCKABLE;
		sig_actions[sig] = act;
		signal_discard_if_ignored(sig); /* POSIX: a pending signal set to be ignored is discarded */
	}
	if (a2 && copy_to_user((void *)a2, &old, sizeof(old)))
		return -EFAULT;
	return 0;
}

SYSCALL(rt_sigprocmask)
{
	uint64_t set, old = sig_blocked;
	if (a3 != 8)
		return -EINVAL;
	if (a1) {
		if (copy_from_user(&set, (void *)a1, 8))
			return -EFAULT;
		switch (a0) {
		case SIG_BLOCK:
			sig_blocked |= set;
			break;
		case SIG_UNBLOCK:
			sig_blocked &= ~set;
			break;
		case SIG_SETMASK:
			sig_blocked = set;
			break;
		default:
			return -EINVAL;
		}
		sig_blocked &= ~UNBLOCKABLE;
	}
	if (a2 && copy_to_user((void *)a2, &old, 8))
		return -EFAULT; /* as Linux: the new mask stays */
	return 0;
}

SYSCALL(rt_sigpending)
{
	uint64_t set = signal_pending_set() & sig_blocked;
	if (a1 != 8)
		return -EINVAL;
	return copy_to_user((void *)a0, &set, 8);
}

SYSCALL(rt_sigreturn) { return signal_return(syscall_frame); }

SYSCALL(sigaltstack)
{
	stack_t ss, old = sig_altstack;
	uint64_t sp = syscall_frame->rsp;
	bool on = !(old.ss_flags & SS_DISABLE) && sp > (uint64_t)old.ss_sp && sp <= (uint64_t)old.ss_sp + old.ss_size;
	old.ss_flags = on ? SS_ONSTACK : (old.ss_flags & SS_DISABLE);
	if (a0) {
		if (copy_from_user(&ss, (void *)a0, sizeof(ss)))
			return -EFAULT;
		if (on)
			return -EPERM;
		int mode = ss.ss_flags & ~SS_AUTODISARM;
		if (mode != 0 && mode != SS_DISABLE && mode != SS_ONSTACK)
			return -EINVAL;
		if (mode == SS_DISABLE)
			ss = (stack_t){.ss_flags = SS_DISABLE};
		else if (ss.ss_size < MINSIGSTKSZ)
			return -ENOMEM;
		else
			ss.ss_flags = 0;
	}
	if (a1 && copy_to_user((void *)a1, &old, sizeof(old)))
		return -EFAULT;
	if (a0)
		sig_altstack = ss;
	return 0;
}

static long send(long pid_ok, long sig, int code)
{
	if (sig < 0 || sig > NSIG_LINUX)
		return -EINVAL;
	if (!pid_ok)
		return -ESRCH;
	if (sig)
		signal_raise(sig, code, 0, 0, 0);
	return 0;
}

SYSCALL(kill) { return send(a0 == 1 || a0 == 0 || a0 == -1, a1, SI_USER); }
SYSCALL(tkill) { return a0 <= 0 ? -EINVAL : send(a0 == 1, a1, SI_TKILL); }
SYSCALL(tgkill) { return (a0 <= 0 || a1 <= 0) ? -EINVAL : send(a0 == 1 && a1 == 1, a2, SI_TKILL); }

/* Wait for a signal with `mask` in force; the handler's frame restores the old mask. */
static long suspend_with(uint64_t mask)
{
	uint64_t old = sig_blocked;
	sig_blocked = mask & ~UNBLOCKABLE;
	while (!signal_pending())
		wait_event();
	signal_set_saved_mask(old);
	return -EINTR;
}

SYSCALL(rt_sigsuspend)
{
	uint64_t mask;
	if (a1 != 8)
		return -EINVAL;
	if (copy_from_user(&mask, (void *)a0, 8))
		return -EFAULT;
	return suspend_with(mask);
}

SYSCALL(pause) { return suspend_with(sig_blocked); }

SYSCALL(rt_sigtimedwait) { return -ENOSYS; } /* no second thread could ever send one synchronously */
