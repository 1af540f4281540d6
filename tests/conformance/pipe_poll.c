/* pipe_poll.c: pipes in one process with poll/ppoll readiness: data, full, EOF/HUP, ERR, NVAL, O_NONBLOCK, EPIPE. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "conformance.h"

static void events(const char *what, int r, short revents)
{
	printf("%s: %d [%s%s%s%s%s]\n", what, r, revents & POLLIN ? " IN" : "", revents & POLLOUT ? " OUT" : "",
	       revents & POLLHUP ? " HUP" : "", revents & POLLERR ? " ERR" : "", revents & POLLNVAL ? " NVAL" : "");
}

int main(void)
{
	int p[2];
	char buf[64];
	SHOW("pipe", pipe(p));
	struct pollfd pf[2] = {{p[0], POLLIN, 0}, {p[1], POLLOUT, 0}};
	int r = poll(pf, 2, 0);
	events("empty pipe, read end", r, pf[0].revents);
	events("empty pipe, write end", r, pf[1].revents);
	SHOW("write 10", write(p[1], "hello pipe", 10));
	r = poll(pf, 1, 1000);
	events("after a write, read end", r, pf[0].revents);
	SHOW("read 5", read(p[0], buf, 5));
	r = poll(pf, 1, 0);
	events("5 bytes left", r, pf[0].revents);
	SHOW("read the rest", read(p[0], buf + 5, sizeof buf));
	printf("got '%.10s'\n", buf);
	r = poll(pf, 1, 0);
	events("drained", r, pf[0].revents);

	struct timespec ts = {0, 10000000};
	r = ppoll(pf, 1, &ts, NULL);
	events("ppoll 10 ms on the empty pipe", r, pf[0].revents);
	write(p[1], "y", 1);
	r = ppoll(pf, 1, NULL, NULL);
	events("ppoll with no timeout and data", r, pf[0].revents);
	read(p[0], buf, 1);

	printf("-- O_NONBLOCK and a full pipe\n");
	SHOW("F_SETFL O_NONBLOCK", fcntl(p[0], F_SETFL, O_NONBLOCK));
	SHOW("read of the empty pipe", read(p[0], buf, 1));
	int q[2];
	SHOW("pipe2(O_CLOEXEC | O_NONBLOCK)", pipe2(q, O_CLOEXEC | O_NONBLOCK));
	printf("cloexec %d, nonblock %d %d\n", !!(fcntl(q[0], F_GETFD) & FD_CLOEXEC),
	       !!(fcntl(q[0], F_GETFL) & O_NONBLOCK), !!(fcntl(q[1], F_GETFL) & O_NONBLOCK));
	static char big[4096];
	long total = 0;
	ssize_t n;
	while ((n = write(q[1], big, sizeof big)) > 0)
		total += n;
	printf("filled with %ld bytes, then %s\n", total, errname(errno));
	struct pollfd full = {q[1], POLLOUT, 0};
	r = poll(&full, 1, 0);
	events("full pipe, write end", r, full.revents);
	read(q[0], big, sizeof big);
	r = poll(&full, 1, 0);
	events("after reading 4096", r, full.revents);

	printf("-- closing ends\n");
	write(p[1], "z", 1);
	SHOW("close the write end", close(p[1]));
	pf[0].events = POLLIN;
	r = poll(pf, 1, 0);
	events("data then no writer", r, pf[0].revents);
	SHOW("read the last byte", read(p[0], buf, 1));
	r = poll(pf, 1, 0);
	events("no data, no writer", r, pf[0].revents);
	SHOW("read at end of file", read(p[0], buf, 1));
	SHOW("read at end of file again", read(p[0], buf, 1));

	signal(SIGPIPE, SIG_IGN);
	SHOW("close the read end of the second pipe", close(q[0]));
	full.events = POLLOUT;
	r = poll(&full, 1, 0);
	events("no reader, write end", r, full.revents);
	SHOW("write with no reader", write(q[1], "x", 1));

	printf("-- odd descriptors\n");
	struct pollfd odd[3] = {{99, POLLIN, 0}, {-1, POLLIN, 0}, {p[0], 0, 0}};
	r = poll(odd, 3, 0);
	events("closed fd 99", r, odd[0].revents);
	events("negative fd (ignored)", r, odd[1].revents);
	events("no events asked, at EOF", r, odd[2].revents);
	int nul = open("/dev/null", O_RDWR);
	struct pollfd np = {nul, POLLIN | POLLOUT, 0};
	r = poll(&np, 1, 0);
	events("/dev/null", r, np.revents);
	SHOW("poll of nothing for 20 ms", poll(NULL, 0, 20));
	printf("pipe_poll: done\n");
	return 0;
}
