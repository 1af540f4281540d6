/*
 * signal.c: Linux signal semantics for the one program. Signals become
 * pending through kill/tgkill, POSIX timers, faults and pipes, and are
 * delivered when the kernel is about to resume program code (end of a
 * system call, or an interrupt/fault that interrupted the program). Delivery
 * writes a Linux x86_64 rt_sigframe (return address = sa_restorer, ucontext
 * with the interrupted registers, siginfo, XSAVE/FXSAVE state) below the red
 * zone or on the alternate stack; the handler returns through sa_restorer
 * into rt_sigreturn, which puts everything back.
 */
#include <asm/signal.h>
#include <linux/signal.h>
#include <asm/sigcontext.h>
#include <asm/ucontext.h>
#include <asm-generic/siginfo.h>
#include "defs.h"
#include "sigframe.h"
#include "x86.h"

#define SIGBIT(s) (1ull << ((s)-1))
#define UNBLOCKABLE (SIGBIT(SIGKILL) | SIGBIT(SIGSTOP))
#define DEFAULT_IGNORE (SIGBIT(SIGCHLD) | SIGBIT(SIGURG) | SIGBIT(SIGWINCH) | SIGBIT(SIGCONT))
#define DEFAULT_STOP (SIGBIT(SIGSTOP) | SIGBIT(SIGTSTP) | SIGBIT(SIGTTIN) | SIGBIT(SIGTTOU))
#define REDZONE 128

struct sigaction sig_actions[NSIG_LINUX + 1];
uint64_t sig_blocked;
static uint64_t sig_pending;
static siginfo_t sig_info[NSIG_LINUX + 1];
stack_t sig_altstack = {.ss_flags = SS_DISABLE};
static bool have_saved; /* sigsuspend/ppoll/pselect: the mask the handler's frame restores */
static uint64_t saved_mask;

void signal_set_saved_mask(uint64_t mask)
{
	saved_mask = mask;
	have_saved = true;
}

static const char *const names[] = {
        [SIGHUP] = "SIGHUP",   [SIGINT] = "SIGINT",   [SIGQUIT] = "SIGQUIT", [SIGILL] = "SIGILL",
        [SIGTRAP] = "SIGTRAP", [SIGABRT] = "SIGABRT", [SIGBUS] = "SIGBUS",   [SIGFPE] = "SIGFPE",
        [SIGKILL] = "SIGKILL", [SIGUSR1] = "SIGUSR1", [SIGSEGV] = "SIGSEGV", [SIGUSR2] = "SIGUSR2",
        [SIGPIPE] = "SIGPIPE", [SIGALRM] = "SIGALRM", [SIGTERM] = "SIGTERM", [SIGVTALRM] = "SIGVTALRM",
        [SIGPROF] = "SIGPROF", [SIGXCPU] = "SIGXCPU", [SIGXFSZ] = "SIGXFSZ", [SIGSYS] = "SIGSYS",
};

static const char *signame(int sig) { return sig < (int)ARRAY_SIZE(names) && names[sig] ? names[sig] : "signal"; }

static bool ignored(int sig)
{
	uint64_t h = (uint64_t)sig_actions[sig].sa_handler;
	return h == (uint64_t)SIG_IGN || (h == (uint64_t)SIG_DFL && (SIGBIT(sig) & (DEFAULT_IGNORE | DEFAULT_STOP)));
}

bool signal_raise(int sig, int code, uint64_t value, int timerid, int overrun)
{
	if (sig < 1 || sig > NSIG_LINUX || ignored(sig))
		return false; /* Linux drops ignored signals when they are generated */
	siginfo_t *si = &sig_info[sig];
	if (sig_pending & SIGBIT(sig)) { /* not queued: a second timer expiry counts as overrun */
		if (code == SI_TIMER)
			si->si_overrun++;
		return true;
	}
	memset(si, 0, sizeof(*si));
	si->si_signo = sig;
	si->si_code = code;
	if (code == SI_TIMER) {
		si->si_tid = timerid;
		si->si_overrun = overrun;
		si->si_value.sival_ptr = (void *)value;
	} else if (code == SI_USER || code == SI_TKILL) {
		si->si_pid = 1;
		si->si_uid = 0;
	} else
		si->si_addr = (void *)value;
	sig_pending |= SIGBIT(sig);
	return false;
}

void signal_discard_if_ignored(int sig)
{
	if (ignored(sig))
		sig_pending &= ~SIGBIT(sig);
}

bool signal_pending(void) { return sig_pending & ~(sig_blocked & ~UNBLOCKABLE); }

uint64_t signal_pending_set(void) { return sig_pending; }

static int next_signal(void)
{
	uint64_t ready = sig_pending & ~(sig_blocked & ~UNBLOCKABLE);
	return ready ? __builtin_ctzll(ready) + 1 : 0;
}

bool signal_restart_allowed(void)
{
	int sig = next_signal();
	if (!sig)
		return true;
	uint64_t h = (uint64_t)sig_actions[sig].sa_handler;
	if (h == (uint64_t)SIG_DFL || h == (uint64_t)SIG_IGN)
		return true; /* no handler runs: a non-fatal default action restarts */
	return sig_actions[sig].sa_flags & SA_RESTART;
}

static bool on_altstack(uint64_t sp)
{
	uint64_t base = (uint64_t)sig_altstack.ss_sp;
	return !(sig_altstack.ss_flags & SS_DISABLE) && sp > base && sp <= base + sig_altstack.ss_size;
}

static noreturn void die(int sig)
{
	klog(LOG_WARN, "program killed by signal %d (%s)\n", sig, signame(sig));
	proc_exit(128 + sig);
}

/* Build the frame for sig; false if the program stack cannot take it. */
static bool setup_frame(struct trapframe *tf, int sig)
{
	struct sigaction *act = &sig_actions[sig];
	uint64_t sp = tf->rsp;
	if ((act->sa_flags & SA_ONSTACK) && !(sig_altstack.ss_flags & SS_DISABLE) && !on_altstack(sp))
		sp = (uint64_t)sig_altstack.ss_sp + sig_altstack.ss_size;
	else
		sp -= REDZONE;
	uint32_t fpsize = fpu_state_size();
	bool xsave = fpsize > 512;
	sp = ALIGN_DOWN(sp - fpsize - (xsave ? FP_XSTATE_MAGIC2_SIZE : 0), 64);
	uint64_t fpstate = sp;
	sp = ALIGN_DOWN(sp - sizeof(struct rt_sigframe), 16) - 8;
	if (user_check((void *)sp, fpstate + fpsize + 4 - sp, true))
		return false;

	memset((void *)fpstate, 0, fpsize);
	fpu_save((void *)fpstate);
	if (xsave) {
		struct _fpx_sw_bytes *sw = (void *)(fpstate + 464);
		sw->magic1 = FP_XSTATE_MAGIC1;
		sw->extended_size = fpsize + FP_XSTATE_MAGIC2_SIZE;
		sw->xfeatures = *(uint64_t *)(fpstate + 512); /* XSTATE_BV */
		sw->xstate_size = fpsize;
		*(uint32_t *)(fpstate + fpsize) = FP_XSTATE_MAGIC2;
	}

	struct rt_sigframe *f = (void *)sp;
	memset(f, 0, sizeof(*f));
	f->pretcode = (uint64_t)act->sa_restorer;
	f->info = sig_info[sig];
	f->uc.uc_flags = (xsave ? UC_FP_XSTATE : 0) | UC_SIGCONTEXT_SS;
	f->uc.uc_stack = sig_altstack;
	if (on_altstack(tf->rsp))
		f->uc.uc_stack.ss_flags = SS_ONSTACK;
	struct sigcontext *sc = &f->uc.uc_mcontext;
	sc->r8 = tf->r8, sc->r9 = tf->r9, sc->r10 = tf->r10, sc->r11 = tf->r11;
	sc->r12 = tf->r12, sc->r13 = tf->r13, sc->r14 = tf->r14, sc->r15 = tf->r15;
	sc->rdi = tf->rdi, sc->rsi = tf->rsi, sc->rbp = tf->rbp, sc->rbx = tf->rbx;
	sc->rdx = tf->rdx, sc->rax = tf->rax, sc->rcx = tf->rcx, sc->rsp = tf->rsp;
	sc->rip = tf->rip, sc->eflags = tf->rflags, sc->cs = tf->cs, sc->ss = tf->ss;
	sc->trapno = tf->vector < 32 ? tf->vector : 0;
	sc->err = tf->vector < 32 ? tf->error : 0;
	sc->cr2 = tf->vector == 14 ? read_cr2() : 0;
	uint64_t old = have_saved ? saved_mask : sig_blocked;
	have_saved = false;
	sc->oldmask = old;
	sc->fpstate = (void *)fpstate;
	f->uc.uc_sigmask = old;

	tf->rip = (uint64_t)act->sa_handler;
	tf->rsp = sp;
	tf->rdi = sig;
	tf->rsi = (uint64_t)&f->info;
	tf->rdx = (uint64_t)&f->uc;
	tf->rax = 0;
	tf->rflags = (tf->rflags & ~(RFLAGS_DF | RFLAGS_TF | RFLAGS_AC)) | RFLAGS_IF;
	return true;
}

static void deliver_one(struct trapframe *tf, int sig)
{
	struct sigaction *act = &sig_actions[sig];
	uint64_t h = (uint64_t)act->sa_handler;
	sig_pending &= ~SIGBIT(sig);
	if (h == (uint64_t)SIG_IGN)
		return;
	if (h == (uint64_t)SIG_DFL) {
		if (SIGBIT(sig) & (DEFAULT_IGNORE | DEFAULT_STOP))
			return; /* no job control: stop signals are ignored */
		die(sig);
	}
	if (!setup_frame(tf, sig)) {
		klog(LOG_ERROR, "cannot write the frame for %s at rsp %lx\n", signame(sig), tf->rsp);
		crash_report(tf, "signal frame outside the program's memory", 128 + SIGSEGV);
	}
	sig_blocked |= act->sa_mask;
	if (!(act->sa_flags & SA_NODEFER))
		sig_blocked |= SIGBIT(sig);
	sig_blocked &= ~UNBLOCKABLE;
	if (act->sa_flags & SA_RESETHAND) {
		act->sa_handler = SIG_DFL;
		act->sa_flags &= ~SA_SIGINFO;
	}
}

void signal_deliver(struct trapframe *tf)
{
	int sig;
	while ((sig = next_signal()))
		deliver_one(tf, sig);
	if (have_saved) { /* nothing delivered after all: put the mask back now */
		sig_blocked = saved_mask;
		have_saved = false;
	}
}

/* A synchronous fault in program code: true if a handler will run. */
bool signal_fault(struct trapframe *tf, int sig, int code, uint64_t addr)
{
	uint64_t h = (uint64_t)sig_actions[sig].sa_handler;
	if (h == (uint64_t)SIG_DFL || h == (uint64_t)SIG_IGN || (sig_blocked & SIGBIT(sig)))
		return false; /* Linux forces the default action: the crash report */
	sig_pending &= ~SIGBIT(sig);
	signal_raise(sig, code, addr, 0, 0);
	deliver_one(tf, sig);
	signal_deliver(tf);
	return true;
}

long signal_return(struct trapframe *tf)
{
	struct rt_sigframe *f = (void *)(tf->rsp - 8);
	if (user_check(f, sizeof(*f), false)) {
		klog(LOG_ERROR, "rt_sigreturn with a bad frame at %lx\n", tf->rsp - 8);
		die(SIGSEGV);
	}
	struct sigcontext *sc = &f->uc.uc_mcontext;
	tf->r8 = sc->r8, tf->r9 = sc->r9, tf->r10 = sc->r10, tf->r11 = sc->r11;
	tf->r12 = sc->r12, tf->r13 = sc->r13, tf->r14 = sc->r14, tf->r15 = sc->r15;
	tf->rdi = sc->rdi, tf->rsi = sc->rsi, tf->rbp = sc->rbp, tf->rbx = sc->rbx;
	tf->rdx = sc->rdx, tf->rax = sc->rax, tf->rcx = sc->rcx, tf->rsp = sc->rsp;
	tf->rip = sc->rip;
	/* The program keeps ring 0 and interrupts on, whatever the frame says. */
	tf->rflags = (sc->eflags & 0x40dd5) | RFLAGS_IF | 0x2;
	tf->cs = SEL_KCODE;
	tf->ss = SEL_KDATA;
	sig_blocked = f->uc.uc_sigmask & ~UNBLOCKABLE;

	uint64_t fp = (uint64_t)sc->fpstate;
	uint32_t fpsize = fpu_state_size();
	if (fp && !user_check((void *)fp, fpsize, false) && !(fp & 63)) {
		struct _fpx_sw_bytes *sw = (void *)(fp + 464);
		if (fpsize == 512 || sw->magic1 == FP_XSTATE_MAGIC1)
			fpu_restore((void *)fp);
		else
			__asm__ volatile("fxrstor (%0)" ::"r"(fp) : "memory");
	} else
		__asm__ volatile("fninit");

	return tf->rax;
}
