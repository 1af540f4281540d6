/* signal_efault.c: bad pointers to the signal, sleep, timer and pipe calls give EFAULT (never a
 * kernel fault), and what Linux has already done when only the *old*-value pointer is bad: the
 * new action or mask is in place. Raw system calls, so the kernel sees the pointers itself. */
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
#include "conformance.h"

#define BAD ((void *)8) /* never mapped: the first page is a guard */

struct ksigaction { /* the kernel's struct sigaction on x86_64 */
	void (*handler)(int);
	unsigned long flags;
	void (*restorer)(void);
	unsigned long mask;
};

static void on_usr1(int sig) { (void)sig; }

static int blocked(int sig)
{
	unsigned long m = 0;
	syscall(SYS_rt_sigprocmask, SIG_BLOCK, NULL, &m, 8);
	return (m >> (sig - 1)) & 1;
}

int main(void)
{
	printf("-- rt_sigaction\n");
	struct ksigaction k = {.handler = on_usr1}, cur;
	SHOW("bad new action", syscall(SYS_rt_sigaction, SIGUSR1, BAD, NULL, 8));
	syscall(SYS_rt_sigaction, SIGUSR1, NULL, &cur, 8);
	YESNO("  action unchanged (default)", cur.handler == SIG_DFL);
	SHOW("good new action, bad old pointer", syscall(SYS_rt_sigaction, SIGUSR1, &k, BAD, 8));
	syscall(SYS_rt_sigaction, SIGUSR1, NULL, &cur, 8);
	YESNO("  the new action is installed all the same", cur.handler == on_usr1);
	struct ksigaction dfl = {.handler = SIG_DFL};
	syscall(SYS_rt_sigaction, SIGUSR1, &dfl, NULL, 8);

	printf("-- rt_sigprocmask\n");
	unsigned long set = 1ul << (SIGUSR2 - 1);
	SHOW("bad new set", syscall(SYS_rt_sigprocmask, SIG_BLOCK, BAD, NULL, 8));
	YESNO("  SIGUSR2 still unblocked", !blocked(SIGUSR2));
	SHOW("good new set, bad old pointer", syscall(SYS_rt_sigprocmask, SIG_BLOCK, &set, BAD, 8));
	YESNO("  SIGUSR2 blocked all the same", blocked(SIGUSR2));
	syscall(SYS_rt_sigprocmask, SIG_UNBLOCK, &set, NULL, 8);
	SHOW("rt_sigpending into a bad pointer", syscall(SYS_rt_sigpending, BAD, 8));

	printf("-- sigaltstack\n");
	SHOW("bad new stack", syscall(SYS_sigaltstack, BAD, NULL));
	SHOW("bad old pointer, no new stack", syscall(SYS_sigaltstack, NULL, BAD));

	printf("-- sleeps\n");
	SHOW("nanosleep with a bad request", syscall(SYS_nanosleep, BAD, NULL));
	SHOW("clock_nanosleep with a bad request", syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, 0, BAD, NULL));

	printf("-- timers\n");
	int id = -1;
	SHOW("timer_create with a bad sigevent", syscall(SYS_timer_create, CLOCK_MONOTONIC, BAD, &id));
	SHOW("timer_create", syscall(SYS_timer_create, CLOCK_MONOTONIC, NULL, &id));
	SHOW("timer_settime with a bad new value", syscall(SYS_timer_settime, id, 0, BAD, NULL));
	SHOW("timer_gettime into a bad pointer", syscall(SYS_timer_gettime, id, BAD));
	SHOW("timer_delete", syscall(SYS_timer_delete, id));

	printf("-- pipe2\n");
	SHOW("pipe2 into a bad pointer", syscall(SYS_pipe2, BAD, 0));
	return 0;
}
