/* signal_restart.c: SA_RESTART restarts a blocking read; without it the read fails with EINTR. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>

static int wfd;
static volatile int hits;
static void on_alarm(int sig)
{
	hits++;
	if (hits == 2)
		write(wfd, "ok", 2); /* the restarted read then finds data */
}

static void arm(int flags)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_alarm;
	sa.sa_flags = flags;
	sigaction(SIGALRM, &sa, 0);
	struct itimerval it = {{0, 20000}, {0, 20000}};
	setitimer(ITIMER_REAL, &it, 0);
}

int main(void)
{
	int p[2];
	char buf[8] = {0};
	pipe(p);
	wfd = p[1];
	arm(0);
	ssize_t r = read(p[0], buf, sizeof buf);
	printf("without SA_RESTART: %zd %s\n", r, r < 0 && errno == EINTR ? "EINTR" : "?");
	hits = 0;
	arm(SA_RESTART);
	r = read(p[0], buf, sizeof buf);
	printf("with SA_RESTART: %zd '%s' after %d signals\n", r, buf, hits);
	struct itimerval off = {{0, 0}, {0, 0}};
	setitimer(ITIMER_REAL, &off, 0);
	struct timespec ts = {5, 0}, rem;
	arm(SA_RESTART);
	int s = nanosleep(&ts, &rem);
	printf("nanosleep is never restarted: %d %s, remaining < 5s: %d\n", s, errno == EINTR ? "EINTR" : "?", rem.tv_sec < 5);
	setitimer(ITIMER_REAL, &off, 0);
	return 0;
}
