/* console_fds.c: the console seen from the program (no native twin: on Linux fds 0-2 are whatever
 * the test harness made them): fds 1/2 are a character device and a terminal (fd 0 too when it is
 * the console; halvm-run gives a non-terminal stdin as a pipe), /dev/console and /dev/null open,
 * /dev/null reads end-of-file, other paths give ENOENT. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *yes(int c) { return c ? "yes" : "no"; }

int main(void)
{
	for (int fd = 0; fd < 3; fd++) {
		struct stat st;
		int ok = fstat(fd, &st) == 0;
		printf("fd %d: character device %s, pipe %s, isatty %s\n", fd, yes(ok && S_ISCHR(st.st_mode)),
		       yes(ok && S_ISFIFO(st.st_mode)), yes(isatty(fd)));
	}
	int c = open("/dev/console", O_RDWR);
	printf("/dev/console opens: %s, isatty %s\n", yes(c >= 0), yes(c >= 0 && isatty(c)));
	int n = open("/dev/null", O_RDWR);
	char b;
	printf("/dev/null opens: %s, reads end-of-file %s, not a tty %s\n", yes(n >= 0), yes(read(n, &b, 1) == 0),
	       yes(!isatty(n)));
	errno = 0;
	int e = open("/etc/passwd", O_RDONLY);
	printf("/etc/passwd: %s\n", e < 0 && errno == ENOENT ? "ENOENT" : strerror(errno));
	return 0;
}
