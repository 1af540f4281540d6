/* signal_altstack.c: sigaltstack set/query/disable, SA_ONSTACK delivery and nesting, EPERM, stack overflow caught. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "conformance.h"

#define ALT_SIZE (64 * 1024)

static char *alt;
static int on_alt(const void *p) { return (const char *)p >= alt && (const char *)p < alt + ALT_SIZE; }

static volatile int was_on_alt, flags_inside, change_inside, nested_on_alt, nested_below;
static volatile uintptr_t outer_sp;

static void inner(int sig)
{
	(void)sig;
	char here;
	nested_on_alt = on_alt(&here);
	nested_below = (uintptr_t)&here < outer_sp;
}

static void handler(int sig)
{
	(void)sig;
	char here;
	was_on_alt = on_alt(&here);
	outer_sp = (uintptr_t)&here;
	stack_t cur;
	sigaltstack(NULL, &cur);
	flags_inside = cur.ss_flags;
	stack_t other = {.ss_sp = malloc(ALT_SIZE), .ss_size = ALT_SIZE};
	errno = 0;
	sigaltstack(&other, NULL);
	change_inside = errno;
	raise(SIGUSR2); /* SA_ONSTACK too: nests further down the same alternate stack */
}

static volatile int plain_on_alt;
static void plain(int sig)
{
	(void)sig;
	char here;
	plain_on_alt = on_alt(&here);
}

static sigjmp_buf env;
static volatile int depth;
static int recurse(int n)
{
	volatile char pad[1024];
	pad[0] = (char)n;
	depth++;
	if (n > 0)
		return recurse(n + 1) + pad[0]; /* runs until the stack overflows */
	return 0;
}
static volatile int overflow_on_alt;
static void on_segv(int sig)
{
	(void)sig;
	char here;
	overflow_on_alt = on_alt(&here);
	siglongjmp(env, 1);
}

static const char *flag_name(int f)
{
	return f == 0 ? "0" : f == SS_ONSTACK ? "SS_ONSTACK" : f == SS_DISABLE ? "SS_DISABLE" : "?";
}

static void install(int sig, void (*fn)(int), int flags)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = fn;
	sa.sa_flags = flags;
	sigaction(sig, &sa, NULL);
}

int main(void)
{
	stack_t cur;
	SHOW("sigaltstack query", sigaltstack(NULL, &cur));
	printf("  initially: ss_flags %s\n", flag_name(cur.ss_flags));
	alt = malloc(ALT_SIZE);
	stack_t ss = {.ss_sp = alt, .ss_size = ALT_SIZE, .ss_flags = 0};
	SHOW("sigaltstack set 64 KiB", sigaltstack(&ss, NULL));
	sigaltstack(NULL, &cur);
	printf("  now: ss_flags %s, size right %s, base right %s\n", flag_name(cur.ss_flags),
	       cur.ss_size == ALT_SIZE ? "yes" : "no", cur.ss_sp == alt ? "yes" : "no");
	stack_t small = {.ss_sp = alt, .ss_size = 100};
	SHOW("a 100-byte stack", sigaltstack(&small, NULL));
	stack_t badflags = {.ss_sp = alt, .ss_size = ALT_SIZE, .ss_flags = 0x1234};
	SHOW("unknown ss_flags", sigaltstack(&badflags, NULL));

	install(SIGUSR1, handler, SA_ONSTACK);
	install(SIGUSR2, inner, SA_ONSTACK);
	raise(SIGUSR1);
	printf("SA_ONSTACK handler ran on the alternate stack: %s\n", was_on_alt ? "yes" : "no");
	printf("  ss_flags inside: %s, changing it inside: %s\n", flag_name(flags_inside), errname(change_inside));
	printf("  nested SA_ONSTACK handler on it too: %s, below the first: %s\n", nested_on_alt ? "yes" : "no",
	       nested_below ? "yes" : "no");
	sigaltstack(NULL, &cur);
	printf("after the handler: ss_flags %s\n", flag_name(cur.ss_flags));
	install(SIGUSR1, plain, 0);
	raise(SIGUSR1);
	printf("a handler without SA_ONSTACK stays on the normal stack: %s\n", plain_on_alt ? "no" : "yes");

	install(SIGSEGV, on_segv, SA_ONSTACK);
	struct rlimit rl = {8 << 20, 8 << 20}; /* natively the stack must not grow without bound */
	setrlimit(RLIMIT_STACK, &rl);
	if (sigsetjmp(env, 1) == 0) {
		recurse(1);
		printf("no overflow?!\n");
	} else
		printf("stack overflow caught on the alternate stack: %s (deep: %s)\n", overflow_on_alt ? "yes" : "no",
		       depth > 1000 ? "yes" : "no");
	install(SIGUSR1, handler, SA_ONSTACK);
	was_on_alt = 0;
	raise(SIGUSR1);
	printf("the alternate stack works again after siglongjmp: %s\n", was_on_alt ? "yes" : "no");

	stack_t off = {.ss_flags = SS_DISABLE};
	SHOW("SS_DISABLE", sigaltstack(&off, NULL));
	sigaltstack(NULL, &cur);
	printf("  now: ss_flags %s\n", flag_name(cur.ss_flags));
	was_on_alt = 1;
	raise(SIGUSR1);
	printf("SA_ONSTACK with no alternate stack uses the normal one: %s\n", was_on_alt ? "no" : "yes");
	printf("signal_altstack: done\n");
	return 0;
}
