/* pipe_poll.c: pipes inside one process, with poll/ppoll/select/pselect readiness, EOF, EPIPE and O_NONBLOCK. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/select.h>
#include <unistd.h>

int main(void)
{
	int p[2];
	char buf[64];
	printf("pipe: %d\n", pipe(p));
	struct pollfd pf[2] = {{p[0], POLLIN, 0}, {p[1], POLLOUT, 0}};
	printf("poll empty: %d in=%d out=%d\n", poll(pf, 2, 0), pf[0].revents, pf[1].revents);
	printf("write: %zd\n", write(p[1], "hello pipe", 10));
	printf("poll data: %d in=%d\n", poll(pf, 1, 100), pf[0].revents);
	printf("read: %zd\n", read(p[0], buf, 5));
	printf("read rest: %zd '%.5s'\n", read(p[0], buf + 5, sizeof buf), buf);
	fd_set r;
	FD_ZERO(&r);
	FD_SET(p[0], &r);
	struct timeval tv = {0, 20000};
	printf("select timeout: %d\n", select(p[0] + 1, &r, 0, 0, &tv));
	write(p[1], "x", 1);
	FD_SET(p[0], &r);
	printf("select ready: %d isset=%d\n", select(p[0] + 1, &r, 0, 0, 0), FD_ISSET(p[0], &r));
	read(p[0], buf, 1);
	struct timespec ts = {0, 10000000};
	printf("ppoll timeout: %d\n", ppoll(pf, 1, &ts, 0));
	FD_SET(p[0], &r);
	printf("pselect timeout: %d\n", pselect(p[0] + 1, &r, 0, 0, &ts, 0));
	fcntl(p[0], F_SETFL, O_NONBLOCK);
	printf("nonblocking read: %zd %s\n", read(p[0], buf, 1), errno == EAGAIN ? "EAGAIN" : "?");
	int q[2];
	printf("pipe2 cloexec|nonblock: %d\n", pipe2(q, O_CLOEXEC | O_NONBLOCK));
	printf("  cloexec=%d nonblock=%d\n", !!(fcntl(q[0], F_GETFD) & FD_CLOEXEC), !!(fcntl(q[1], F_GETFL) & O_NONBLOCK));
	long total = 0;
	ssize_t n;
	static char big[4096];
	while ((n = write(q[1], big, sizeof big)) > 0)
		total += n;
	printf("filled a pipe: %s, then %s\n", total >= 4096 ? "yes" : "no", errno == EAGAIN ? "EAGAIN" : "?");
	close(p[1]);
	pf[0].events = POLLIN;
	poll(pf, 1, 0);
	printf("after writer closed: POLLHUP=%d read=%zd\n", !!(pf[0].revents & POLLHUP), read(p[0], buf, 1));
	signal(SIGPIPE, SIG_IGN);
	close(q[0]);
	printf("write with no reader: %zd %s\n", write(q[1], "x", 1), errno == EPIPE ? "EPIPE" : "?");
	struct pollfd bad = {99, POLLIN, 0};
	printf("poll bad fd: %d revents=%d\n", poll(&bad, 1, 0), bad.revents);
	return 0;
}
