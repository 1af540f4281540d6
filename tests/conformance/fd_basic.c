/* fd_basic.c: write/writev/read on the console and /dev/null, dup/dup2/dup3, fcntl flags, close. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/uio.h>
#include <unistd.h>

int main(void)
{
	const char msg[] = "write: direct to fd 1\n";
	printf("write returned %zd\n", write(1, msg, sizeof msg - 1) == (ssize_t)(sizeof msg - 1) ? (ssize_t)1 : (ssize_t)0);
	fflush(stdout);
	struct iovec iov[3] = {{"writev: ", 8}, {"three ", 6}, {"pieces\n", 7}};
	printf("writev total %zd\n", writev(1, iov, 3));
	char a[4], b[8];
	int p[2];
	pipe(p);
	write(p[1], "readv-split!", 12);
	struct iovec rv[2] = {{a, sizeof a}, {b, sizeof b}};
	printf("readv: %zd '%.4s' '%.8s'\n", readv(p[0], rv, 2), a, b);
	printf("pwrite64 on a pipe: %zd %s\n", pwrite(p[1], "x", 1, 0), errno == ESPIPE ? "ESPIPE" : "?");
	int n = open("/dev/null", O_RDWR);
	printf("open /dev/null: %s\n", n >= 3 ? "ok" : "failed");
	char buf[16];
	printf("read /dev/null: %zd\n", read(n, buf, sizeof buf));
	printf("write /dev/null: %zd\n", write(n, "abc", 3));
	int d = dup(1);
	printf("dup(1) > 2: %s\n", d > 2 ? "yes" : "no");
	fflush(stdout);
	write(d, "via dup\n", 8);
	int d2 = dup2(1, 20);
	printf("dup2 -> %d\n", d2);
	int d3 = dup3(1, 21, O_CLOEXEC);
	printf("dup3 -> %d, FD_CLOEXEC %s\n", d3, (fcntl(21, F_GETFD) & FD_CLOEXEC) ? "set" : "clear");
	printf("dup3 same fd: %s\n", dup3(1, 1, 0) < 0 && errno == EINVAL ? "EINVAL" : "?");
	printf("F_DUPFD >= 30: %d\n", fcntl(1, F_DUPFD, 30));
	int fl = fcntl(n, F_GETFL);
	printf("F_GETFL accmode O_RDWR: %s\n", (fl & O_ACCMODE) == O_RDWR ? "yes" : "no");
	fcntl(n, F_SETFL, fl | O_NONBLOCK);
	printf("O_NONBLOCK set: %s\n", (fcntl(n, F_GETFL) & O_NONBLOCK) ? "yes" : "no");
	printf("close: %d %d\n", close(n), close(d));
	int again = close(n);
	printf("close again: %d %s\n", again, errno == EBADF ? "EBADF" : "?");
	return 0;
}
