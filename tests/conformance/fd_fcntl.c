/* fd_fcntl.c: fcntl F_DUPFD(_CLOEXEC), F_GETFD/SETFD, F_GETFL/SETFL; open flags kept; ioctl FIONBIO/FIOCLEX. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "conformance.h"

static const char *accmode(int fd)
{
	int fl = fcntl(fd, F_GETFL);
	if (fl < 0)
		return errname(errno);
	switch (fl & O_ACCMODE) {
	case O_RDONLY:
		return "O_RDONLY";
	case O_WRONLY:
		return "O_WRONLY";
	case O_RDWR:
		return "O_RDWR";
	default:
		return "?";
	}
}

static int has_fl(int fd, int flag) { return (fcntl(fd, F_GETFL) & flag) != 0; }
static int cloexec(int fd) { return (fcntl(fd, F_GETFD) & FD_CLOEXEC) != 0; }

int main(void)
{
	int p[2];
	pipe(p);
	printf("pipe read end: %s, write end: %s\n", accmode(p[0]), accmode(p[1]));
	int rd = open("/dev/null", O_RDONLY);
	int wr = open("/dev/null", O_WRONLY | O_APPEND);
	int rw = open("/dev/null", O_RDWR | O_CLOEXEC | O_NONBLOCK);
	printf("/dev/null opened O_RDONLY: %s, O_WRONLY: %s, O_RDWR: %s\n", accmode(rd), accmode(wr), accmode(rw));
	printf("open kept O_APPEND %d, O_NONBLOCK %d, O_CLOEXEC %d; none on the plain one: %d %d %d\n",
	       has_fl(wr, O_APPEND), has_fl(rw, O_NONBLOCK), cloexec(rw), has_fl(rd, O_APPEND), has_fl(rd, O_NONBLOCK),
	       cloexec(rd));

	printf("-- F_GETFD / F_SETFD\n");
	SHOW("F_SETFD FD_CLOEXEC", fcntl(rd, F_SETFD, FD_CLOEXEC));
	SHOW("F_GETFD", fcntl(rd, F_GETFD));
	SHOW("F_SETFD 0", fcntl(rd, F_SETFD, 0));
	SHOW("F_GETFD", fcntl(rd, F_GETFD));

	printf("-- F_DUPFD\n");
	SHOW("F_DUPFD(1, 30)", fcntl(1, F_DUPFD, 30));
	SHOW("F_DUPFD(1, 30) again: the next free one", fcntl(1, F_DUPFD, 30));
	SHOW("F_DUPFD_CLOEXEC(1, 40)", fcntl(1, F_DUPFD_CLOEXEC, 40));
	printf("cloexec: fd 30 %d, fd 40 %d\n", cloexec(30), cloexec(40));
	SHOW("F_DUPFD of a cloexec fd", fcntl(rw, F_DUPFD, 50));
	printf("the duplicate is not cloexec: %d\n", cloexec(50));
	SHOW("F_DUPFD with a negative minimum", fcntl(1, F_DUPFD, -1));
	close(30), close(31), close(40), close(50);

	printf("-- F_GETFL / F_SETFL\n");
	SHOW("F_SETFL O_NONBLOCK on the pipe's read end", fcntl(p[0], F_SETFL, O_NONBLOCK));
	char c;
	SHOW("read of the empty pipe", read(p[0], &c, 1));
	int d = dup(p[0]);
	printf("O_NONBLOCK is shared with a dup: %d\n", has_fl(d, O_NONBLOCK));
	SHOW("F_SETFL 0", fcntl(p[0], F_SETFL, 0));
	printf("and cleared on both: %d %d\n", has_fl(p[0], O_NONBLOCK), has_fl(d, O_NONBLOCK));
	SHOW("F_SETFL O_APPEND on /dev/null", fcntl(rd, F_SETFL, O_APPEND));
	printf("O_APPEND now %d\n", has_fl(rd, O_APPEND));
	SHOW("F_SETFL O_RDWR on an O_RDONLY fd", fcntl(rd, F_SETFL, O_RDWR));
	printf("the access mode cannot change: %s\n", accmode(rd));

	printf("-- ioctl\n");
	int on = 1, off = 0;
	SHOW("FIONBIO on", ioctl(p[0], FIONBIO, &on));
	printf("O_NONBLOCK after FIONBIO: %d\n", has_fl(p[0], O_NONBLOCK));
	SHOW("read of the empty pipe", read(p[0], &c, 1));
	SHOW("FIONBIO off", ioctl(p[0], FIONBIO, &off));
	printf("O_NONBLOCK after FIONBIO off: %d\n", has_fl(p[0], O_NONBLOCK));
	SHOW("FIOCLEX", ioctl(p[1], FIOCLEX));
	printf("cloexec after FIOCLEX: %d\n", cloexec(p[1]));
	SHOW("FIONCLEX", ioctl(p[1], FIONCLEX));
	printf("cloexec after FIONCLEX: %d\n", cloexec(p[1]));
	SHOW("an unknown ioctl on a pipe", ioctl(p[0], 0x12345678, 0));
	printf("fd_fcntl: done\n");
	return 0;
}
