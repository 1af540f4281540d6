/* fd_basic.c: read/write/readv/writev on console, pipes, /dev/null; dup/dup2/dup3; lowest free fd; close. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <string.h>
#include <sys/uio.h>
#include <unistd.h>

#include "conformance.h"

int main(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0); /* every printf line is out before the next raw write */

	static const char msg[] = "write: straight to fd 1\n";
	ssize_t n = write(1, msg, sizeof msg - 1);
	printf("write returned the full length: %s\n", n == (ssize_t)(sizeof msg - 1) ? "yes" : "no");
	struct iovec iov[3] = {{"writev: ", 8}, {"three ", 6}, {"pieces\n", 7}};
	n = writev(1, iov, 3);
	printf("writev returned %zd\n", n);
	SHOW("write of 0 bytes to fd 1", write(1, msg, 0));

	int p[2];
	SHOW("pipe", pipe(p));
	SHOW("write 12 bytes to the pipe", write(p[1], "hello, pipe!", 12));
	char buf[64] = {0};
	SHOW("read 5", read(p[0], buf, 5));
	SHOW("read the rest with a big buffer", read(p[0], buf + 5, sizeof buf - 5));
	printf("pipe carried: '%s'\n", buf);

	char a[4], b[8];
	write(p[1], "readv-split!", 12);
	struct iovec rv[2] = {{a, sizeof a}, {b, sizeof b}};
	SHOW("readv into 4+8", readv(p[0], rv, 2));
	printf("readv pieces: '%.4s' '%.8s'\n", a, b);

	int nul = open("/dev/null", O_RDWR);
	YESNO("open /dev/null gives an fd > 2", nul > 2);
	SHOW("read /dev/null", read(nul, buf, sizeof buf));
	SHOW("write /dev/null", write(nul, "abc", 3));
	struct iovec nv[2] = {{"ab", 2}, {"cde", 3}};
	SHOW("writev /dev/null", writev(nul, nv, 2));

	/* The lowest free descriptor is reused. */
	int lowest = open("/dev/null", O_RDONLY);
	close(lowest);
	int d = dup(1);
	YESNO("dup(1) takes the lowest free fd", d == lowest);
	write(d, "via the dup'ed fd\n", 18);
	SHOW("dup2(1, 20)", dup2(1, 20));
	SHOW("dup2(20, 20)", dup2(20, 20));
	write(20, "via fd 20\n", 10);
	SHOW("dup2 over an open fd (20 -> nul)", dup2(nul, 20));
	SHOW("write to 20 now goes to /dev/null", write(20, "lost\n", 5));
	SHOW("dup3(1, 21, O_CLOEXEC)", dup3(1, 21, O_CLOEXEC));
	YESNO("fd 21 has FD_CLOEXEC", fcntl(21, F_GETFD) & FD_CLOEXEC);
	SHOW("dup2(1, 22)", dup2(1, 22));
	YESNO("dup2 clears FD_CLOEXEC", !(fcntl(22, F_GETFD) & FD_CLOEXEC));
	SHOW("dup3 to the same fd", dup3(1, 1, 0));

	SHOW("close the dup", close(d));
	SHOW("close it again", close(d));
	SHOW("write to the closed fd", write(d, "x", 1));
	SHOW("close 20", close(20));
	SHOW("close 21", close(21));
	SHOW("close 22", close(22));

	/* Closing fd 0 makes it the lowest free one. */
	SHOW("close(0)", close(0));
	SHOW("open /dev/null now", open("/dev/null", O_RDONLY));
	SHOW("read the new fd 0", read(0, buf, 1));
	SHOW("close the pipe's read end", close(p[0]));
	SHOW("close the pipe's write end", close(p[1]));
	printf("fd_basic: done\n");
	return 0;
}
