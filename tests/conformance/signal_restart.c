/* signal_restart.c: SA_RESTART restarts blocking read/readv/write on pipes; without it they fail with EINTR. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/time.h>
#include <sys/uio.h>
#include <unistd.h>

#include "conformance.h"

static int feed_fd = -1, drain_fd = -1;
static volatile sig_atomic_t hits;
static void on_alarm(int sig)
{
	(void)sig;
	hits++;
	if (hits == 3 && feed_fd >= 0)
		write(feed_fd, "ok", 2); /* the restarted read then finds data */
	if (hits == 3 && drain_fd >= 0) {
		static char sink[4096];
		read(drain_fd, sink, sizeof sink); /* the restarted write then finds room */
	}
}

static void arm(int flags)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_alarm;
	sa.sa_flags = flags;
	sigaction(SIGALRM, &sa, NULL);
	hits = 0;
	struct itimerval it = {{0, 20000}, {0, 20000}};
	setitimer(ITIMER_REAL, &it, NULL);
}

static void disarm(void)
{
	struct itimerval off = {{0, 0}, {0, 0}};
	setitimer(ITIMER_REAL, &off, NULL);
}

int main(void)
{
	int p[2];
	char buf[8] = {0};
	pipe(p);
	feed_fd = p[1];

	arm(0);
	SHOW("read without SA_RESTART", read(p[0], buf, sizeof buf));
	arm(SA_RESTART);
	SHOW("read with SA_RESTART", read(p[0], buf, sizeof buf));
	printf("  got '%s' after %s signals\n", buf, hits >= 3 ? "3 or more" : "too few");
	disarm();

	memset(buf, 0, sizeof buf);
	struct iovec iov[2] = {{buf, 1}, {buf + 1, 4}};
	arm(0);
	SHOW("readv without SA_RESTART", readv(p[0], iov, 2));
	arm(SA_RESTART);
	SHOW("readv with SA_RESTART", readv(p[0], iov, 2));
	printf("  got '%s' after %s signals\n", buf, hits >= 3 ? "3 or more" : "too few");
	disarm();
	feed_fd = -1;

	int q[2];
	pipe(q);
	fcntl(q[1], F_SETFL, O_NONBLOCK);
	static char fill[4096];
	long total = 0;
	ssize_t n;
	while ((n = write(q[1], fill, sizeof fill)) > 0)
		total += n;
	fcntl(q[1], F_SETFL, 0);
	printf("pipe filled with %ld bytes\n", total);
	drain_fd = q[0];
	arm(0);
	SHOW("write to the full pipe without SA_RESTART", write(q[1], "x", 1));
	arm(SA_RESTART);
	SHOW("write to the full pipe with SA_RESTART", write(q[1], "x", 1));
	printf("  after %s signals\n", hits >= 3 ? "3 or more" : "too few");
	disarm();
	printf("signal_restart: done\n");
	return 0;
}
