/* signal_nested.c: signals raised in handlers: nesting, sa_mask deferral, SA_NODEFER, faults/timers inside handlers. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <signal.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/time.h>
#include <unistd.h>

#include "conformance.h"

static char trace[256];
static volatile int len, depth, maxdepth, limit;

static void mark(const char *s)
{
	while (*s && len < (int)sizeof trace - 1)
		trace[len++] = *s++;
	trace[len] = 0;
}

static void reset(void)
{
	len = depth = maxdepth = 0;
	trace[0] = 0;
}

static void install(int sig, void (*fn)(int), int flags, int masked)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = fn;
	sa.sa_flags = flags;
	sigemptyset(&sa.sa_mask);
	if (masked)
		sigaddset(&sa.sa_mask, masked);
	sigaction(sig, &sa, NULL);
}

static void h2(int sig)
{
	(void)sig;
	mark("2()");
}

static void h1_raises_2(int sig)
{
	(void)sig;
	mark("1(");
	raise(SIGUSR2);
	mark(")");
}

static void h1_recursive(int sig)
{
	(void)sig;
	depth++;
	if (depth > maxdepth)
		maxdepth = depth;
	mark("1(");
	if (len < limit * 2)
		raise(SIGUSR1);
	mark(")");
	depth--;
}

static char *guarded;
static void on_segv(int sig)
{
	(void)sig;
	mark("S");
	mprotect(guarded, 4096, PROT_READ | PROT_WRITE); /* returning retries the access */
}
static void h1_faults(int sig)
{
	(void)sig;
	mark("1(");
	guarded[0] = 'w';
	mark(")");
}

static volatile sig_atomic_t alarms;
static void on_alarm(int sig)
{
	(void)sig;
	alarms++;
	mark("A");
}
static void h1_waits_for_timer(int sig)
{
	(void)sig;
	mark("1(");
	setitimer(ITIMER_REAL, &(struct itimerval){{0, 0}, {0, 20000}}, NULL);
	double t0 = mono_now();
	while (!alarms && mono_now() - t0 < 5)
		; /* the timer's signal arrives in the middle of this handler */
	mark(")");
}

static sigjmp_buf env;
static void h2_jumps(int sig)
{
	(void)sig;
	mark("2(jump");
	siglongjmp(env, 1);
}

int main(void)
{
	install(SIGUSR2, h2, 0, 0);
	install(SIGUSR1, h1_raises_2, 0, 0);
	reset();
	raise(SIGUSR1);
	printf("another signal raised in a handler nests:        %s\n", trace);

	install(SIGUSR1, h1_raises_2, 0, SIGUSR2);
	reset();
	raise(SIGUSR1);
	printf("with it in sa_mask it waits for the return:      %s\n", trace);

	limit = 3;
	install(SIGUSR1, h1_recursive, SA_NODEFER, 0);
	reset();
	raise(SIGUSR1);
	printf("SA_NODEFER: the same signal nests:               %s (depth %d)\n", trace, maxdepth);

	install(SIGUSR1, h1_recursive, 0, 0);
	reset();
	raise(SIGUSR1);
	printf("without SA_NODEFER it runs after the return:     %s (depth %d)\n", trace, maxdepth);

	limit = 40;
	install(SIGUSR1, h1_recursive, SA_NODEFER, 0);
	reset();
	raise(SIGUSR1);
	printf("SA_NODEFER 40 deep: depth %d\n", maxdepth);

	guarded = mmap(NULL, 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	install(SIGSEGV, on_segv, 0, 0);
	install(SIGUSR1, h1_faults, 0, 0);
	reset();
	raise(SIGUSR1);
	printf("a fault inside a handler, fixed by its handler:  %s, byte %c\n", trace, guarded[0]);

	install(SIGALRM, on_alarm, 0, 0);
	install(SIGUSR1, h1_waits_for_timer, 0, 0);
	reset();
	raise(SIGUSR1);
	printf("a timer signal arrives inside a busy handler:    %s\n", trace);

	install(SIGUSR1, h1_raises_2, 0, 0);
	install(SIGUSR2, h2_jumps, 0, 0);
	reset();
	if (sigsetjmp(env, 1) == 0)
		raise(SIGUSR1);
	else
		mark(" back in main");
	printf("siglongjmp out of two nested handlers:           %s\n", trace);
	sigset_t now;
	sigprocmask(SIG_BLOCK, NULL, &now);
	printf("mask restored by siglongjmp: USR1 %d, USR2 %d\n", sigismember(&now, SIGUSR1),
	       sigismember(&now, SIGUSR2));
	install(SIGUSR2, h2, 0, 0);
	reset();
	raise(SIGUSR1);
	printf("and both signals still work:                     %s\n", trace);
	printf("signal_nested: done\n");
	return 0;
}
