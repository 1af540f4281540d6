/* signal_altstack.c: sigaltstack, SA_ONSTACK delivery on it, SS_ONSTACK while there, EPERM, and stack overflow caught. */
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char *alt;
static volatile int on_alt, flags_inside, eperm;
static void handler(int sig)
{
	char here;
	on_alt = &here >= alt && &here < alt + SIGSTKSZ * 4;
	stack_t cur;
	sigaltstack(0, &cur);
	flags_inside = cur.ss_flags;
	stack_t other = {.ss_sp = malloc(SIGSTKSZ), .ss_size = SIGSTKSZ};
	eperm = sigaltstack(&other, 0) == -1 && errno == EPERM;
}

static volatile int depth;
static void recurse(void)
{
	volatile char pad[4096];
	pad[0] = 1;
	depth++;
	recurse();
	pad[1] = pad[0];
}
static void on_segv(int sig)
{
	char here;
	printf("stack overflow caught on the alternate stack: %s\n", (&here >= alt && &here < alt + SIGSTKSZ * 4) ? "yes" : "no");
	fflush(stdout);
	_exit(0);
}

int main(void)
{
	alt = malloc(SIGSTKSZ * 4);
	stack_t ss = {.ss_sp = alt, .ss_size = SIGSTKSZ * 4, .ss_flags = 0};
	printf("sigaltstack: %d\n", sigaltstack(&ss, 0));
	stack_t small = {.ss_sp = alt, .ss_size = 100};
	printf("too small: %d %s\n", sigaltstack(&small, 0), errno == ENOMEM ? "ENOMEM" : "?");
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = handler;
	sa.sa_flags = SA_ONSTACK;
	sigaction(SIGUSR1, &sa, 0);
	raise(SIGUSR1);
	printf("ran on alt stack: %d, ss_flags inside: %s, change inside: %s\n", on_alt,
	       flags_inside == SS_ONSTACK ? "SS_ONSTACK" : "?", eperm ? "EPERM" : "?");
	stack_t cur;
	sigaltstack(0, &cur);
	printf("after: ss_flags %d size ok %d\n", cur.ss_flags, cur.ss_size == SIGSTKSZ * 4);
	sa.sa_handler = on_segv;
	sigaction(SIGSEGV, &sa, 0);
	recurse();
	return 1;
}
