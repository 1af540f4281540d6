/* poll_timeout.c: poll/ppoll wait out their timeouts, wake on data, ppoll's signal mask, EINTR, bad arguments. */
#define _GNU_SOURCE
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <unistd.h>

#include "conformance.h"

static volatile sig_atomic_t hits;
static int wake_fd = -1;
static void on_signal(int sig)
{
	(void)sig;
	hits++;
	if (wake_fd >= 0)
		write(wake_fd, "!", 1);
}

static void waited(const char *what, double t0, double lo, double hi)
{
	double dt = mono_now() - t0;
	printf("%s: waited >= %.0f ms: %s, < %.1f s: %s\n", what, lo * 1000, dt >= lo ? "yes" : "no", hi,
	       dt < hi ? "yes" : "no");
}

int main(void)
{
	int p[2];
	pipe(p);
	struct pollfd pf = {p[0], POLLIN, 0};
	char c;

	double t0 = mono_now();
	SHOW("poll an empty pipe for 50 ms", poll(&pf, 1, 50));
	waited("poll 50 ms", t0, 0.05, 2);
	t0 = mono_now();
	SHOW("poll nothing for 30 ms", poll(NULL, 0, 30));
	waited("poll as a sleep", t0, 0.03, 2);
	struct timespec ts = {0, 40000000};
	t0 = mono_now();
	SHOW("ppoll for 40 ms", ppoll(&pf, 1, &ts, NULL));
	waited("ppoll 40 ms", t0, 0.04, 2);
	ts = (struct timespec){0, 40000000};
	SHOW("raw ppoll for 40 ms", syscall(SYS_ppoll, &pf, 1, &ts, NULL, 8));
	printf("raw ppoll writes back the time left: %ld.%09ld\n", (long)ts.tv_sec, ts.tv_nsec);
	SHOW("ppoll with a bad tv_nsec", ppoll(&pf, 1, &(struct timespec){0, 1000000000}, NULL));

	printf("-- a signal handler writes the pipe: the wait ends with EINTR\n");
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sa.sa_flags = SA_RESTART;
	sigaction(SIGALRM, &sa, NULL);
	sigaction(SIGUSR1, &sa, NULL);
	wake_fd = p[1];
	t0 = mono_now(); /* before arming: the signal comes 30 ms after this at the earliest */
	setitimer(ITIMER_REAL, &(struct itimerval){{0, 0}, {0, 30000}}, NULL);
	SHOW("poll with no timeout, SIGALRM after 30 ms", poll(&pf, 1, -1));
	waited("interrupted poll", t0, 0.03, 2);
	printf("handler ran %d time(s)\n", (int)hits);
	SHOW("poll again: the handler's byte is there", poll(&pf, 1, 0));
	printf("revents POLLIN: %d\n", !!(pf.revents & POLLIN));
	read(p[0], &c, 1);
	wake_fd = -1;

	printf("-- ppoll's mask\n");
	sigset_t usr1, old, empty, now;
	sigemptyset(&usr1);
	sigaddset(&usr1, SIGUSR1);
	sigemptyset(&empty);
	sigprocmask(SIG_BLOCK, &usr1, &old);
	hits = 0;
	raise(SIGUSR1);
	printf("blocked SIGUSR1 raised, handler ran: %d\n", (int)hits);
	ts = (struct timespec){5, 0};
	t0 = mono_now();
	SHOW("ppoll with an empty mask", ppoll(&pf, 1, &ts, &empty));
	waited("ppoll delivering a pending signal", t0, 0, 1);
	printf("handler ran: %d\n", (int)hits);
	sigprocmask(SIG_BLOCK, NULL, &now);
	printf("SIGUSR1 blocked again after ppoll: %s\n", sigismember(&now, SIGUSR1) ? "yes" : "no");
	raise(SIGUSR1);
	ts = (struct timespec){0, 10000000};
	SHOW("ppoll keeping SIGUSR1 blocked, 10 ms", ppoll(&pf, 1, &ts, &usr1));
	printf("handler ran: %d\n", (int)hits);
	sigprocmask(SIG_SETMASK, &old, NULL);
	printf("after unblocking, handler ran: %d\n", (int)hits);

	printf("-- bad arguments\n");
	struct rlimit rl;
	getrlimit(RLIMIT_NOFILE, &rl);
	rl.rlim_cur = 256;
	setrlimit(RLIMIT_NOFILE, &rl);
	SHOW("poll with nfds above RLIMIT_NOFILE", poll(&pf, 100000, 0));
	SHOW("raw ppoll with sigsetsize 4", syscall(SYS_ppoll, &pf, 1, &(struct timespec){0, 0}, &empty, 4));
	printf("poll_timeout: done\n");
	return 0;
}
