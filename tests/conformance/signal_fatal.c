/* signal_fatal.c: default actions end the program with status 128+signo; argv[1] picks how (signal_fatal.runs). */
#define _GNU_SOURCE
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>

#include "conformance.h"

static void say(const char *s)
{
	printf("%s\n", s);
	fflush(stdout); /* what is printed before the signal must not be lost */
}

static void on_term(int sig)
{
	say("handler: caught SIGTERM, re-raising with the default action");
	signal(sig, SIG_DFL);
	raise(sig);
}

static void on_abrt(int sig)
{
	(void)sig;
	say("handler: SIGABRT caught and returning; abort() must still end the program");
}

static void on_usr2(int sig)
{
	(void)sig;
	say("handler: first SIGUSR2");
}

int main(int argc, char **argv)
{
	const char *how = argc > 1 ? argv[1] : "none";
	printf("mode %s\n", how);
	fflush(stdout);
	if (!strcmp(how, "abort"))
		abort();
	if (!strcmp(how, "abort_handled")) {
		signal(SIGABRT, on_abrt);
		abort();
	}
	if (!strcmp(how, "term"))
		raise(SIGTERM);
	if (!strcmp(how, "kill_term"))
		kill(getpid(), SIGTERM);
	if (!strcmp(how, "kill9"))
		kill(getpid(), SIGKILL);
	if (!strcmp(how, "segv"))
		raise(SIGSEGV);
	if (!strcmp(how, "usr1"))
		raise(SIGUSR1);
	if (!strcmp(how, "quit"))
		raise(SIGQUIT);
	if (!strcmp(how, "alarm")) {
		struct itimerval it = {{0, 0}, {0, 20000}};
		setitimer(ITIMER_REAL, &it, NULL);
		pause();
	}
	if (!strcmp(how, "sigpipe")) {
		int p[2];
		pipe(p);
		close(p[0]);
		write(p[1], "x", 1);
	}
	if (!strcmp(how, "reraise")) {
		signal(SIGTERM, on_term);
		raise(SIGTERM);
	}
	if (!strcmp(how, "resethand")) {
		struct sigaction sa;
		memset(&sa, 0, sizeof sa);
		sa.sa_handler = on_usr2;
		sa.sa_flags = SA_RESETHAND;
		sigaction(SIGUSR2, &sa, NULL);
		raise(SIGUSR2);
		say("survived the first SIGUSR2");
		raise(SIGUSR2);
	}
	if (!strcmp(how, "unblock")) {
		sigset_t s;
		sigemptyset(&s);
		sigaddset(&s, SIGTERM);
		sigprocmask(SIG_BLOCK, &s, NULL);
		raise(SIGTERM);
		say("SIGTERM is blocked: still alive");
		sigprocmask(SIG_UNBLOCK, &s, NULL);
	}
	if (!strcmp(how, "null")) {
		volatile int *p = NULL;
		*p = 1;
	}
	if (!strcmp(how, "divzero")) {
		volatile int zero = 0;
		printf("%d\n", 1 / zero);
	}
	if (!strcmp(how, "ud2"))
		__asm__ volatile("ud2");
	if (!strcmp(how, "ignored")) {
		signal(SIGTERM, SIG_IGN);
		raise(SIGTERM);
		say("an ignored SIGTERM does nothing");
		return 3;
	}
	say("survived");
	return 0;
}
