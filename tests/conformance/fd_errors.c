/* fd_errors.c: error paths: bad descriptors (EBADF), bad pointers (EFAULT), bad flags (EINVAL), ENOENT, ESPIPE. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/ioctl.h>
#include <unistd.h>

static void show(const char *what, long r)
{
	printf("%-34s %ld %s\n", what, r, r < 0 ? strerror(errno) : "");
}

int main(void)
{
	char buf[8];
	show("read(99)", read(99, buf, 1));
	show("write(-1)", write(-1, "x", 1));
	show("close(1000)", close(1000));
	show("fstat(77)", syscall(SYS_fstat, 77, buf));
	show("dup2(55, 3)", dup2(55, 3));
	show("write(1, (void*)8, 10)", syscall(SYS_write, 1, (void *)8, 10));
	show("read(/dev/null, bad ptr)", ({ int fd = open("/dev/null", O_RDONLY); long r = syscall(SYS_read, fd, (void *)16, 4); close(fd); r; }));
	show("fstat(1, bad ptr)", syscall(SYS_fstat, 1, (void *)24));
	show("open(bad ptr)", syscall(SYS_open, (void *)32, O_RDONLY));
	show("clock_gettime(bad ptr)", syscall(SYS_clock_gettime, 1, (void *)40));
	show("write(/dev/null, bad ptr)", ({ int fd = open("/dev/null", O_WRONLY); long r = syscall(SYS_write, fd, (void *)16, 4); close(fd); r; }));
	show("writev(1, bad iov)", syscall(SYS_writev, 1, (void *)48, 2));
	show("open /nonexistent/file", open("/nonexistent/file", O_RDONLY));
	show("stat /no/such", syscall(SYS_stat, "/no/such", buf));
	show("open empty path", open("", O_RDONLY));
	int p[2];
	pipe(p);
	show("lseek on a pipe", lseek(p[0], 0, SEEK_SET));
	show("pread on a pipe", pread(p[0], buf, 1, 0));
	show("dup3 bad flags", dup3(1, 9, 12345));
	show("pipe2 bad flags", pipe2(p, 0x12345678 & ~(O_CLOEXEC | O_NONBLOCK | O_DIRECT)));
	show("fcntl bad cmd", fcntl(1, 9999));
	show("ioctl TCGETS on a pipe", ({ char t[64]; ioctl(p[0], 0x5401, t); }));
	show("lseek bad whence", lseek(open("/dev/null", O_RDONLY), 0, 42));
	show("read negative count via syscall", syscall(SYS_read, 0, buf, -1L));
	return 0;
}
