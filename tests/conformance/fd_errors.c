/* fd_errors.c: fd call errors: EBADF, EFAULT (bad/kernel/read-only pointers), EINVAL, ENOENT, ESPIPE, ENOTTY. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/select.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <termios.h>
#include <unistd.h>

#include "conformance.h"

#define BAD ((void *)8)                         /* in the unmapped first page */
#define KERNEL ((void *)0xffff800000000000ul)   /* kernel half: never the program's */
#define NONCANON ((void *)0x0000900000000000ul) /* above the user half */

int main(void)
{
	char buf[64];
	struct stat st;
	int p[2];
	pipe(p);
	int rd = open("/dev/null", O_RDONLY);
	int wr = open("/dev/null", O_WRONLY);

	printf("-- EBADF\n");
	SHOW("read(99)", read(99, buf, 1));
	SHOW("write(-1)", write(-1, "x", 1));
	SHOW("close(1000)", close(1000));
	SHOW("close(-1)", close(-1));
	SHOW("fstat(77)", fstat(77, &st));
	SHOW("dup(99)", dup(99));
	SHOW("dup2(55, 3)", dup2(55, 3));
	SHOW("dup2(1, -1)", dup2(1, -1));
	SHOW("fcntl(99, F_GETFD)", fcntl(99, F_GETFD));
	SHOW("lseek(99)", lseek(99, 0, SEEK_SET));
	SHOW("ioctl(99, FIONREAD)", ioctl(99, FIONREAD, buf));
	SHOW("pread(99)", pread(99, buf, 1, 0));
	SHOW("writev(99)", writev(99, &(struct iovec){"x", 1}, 1));
	SHOW("fstatat(99, relative)", fstatat(99, "relative", &st, 0));
	SHOW("openat(99, relative)", openat(99, "relative", O_RDONLY));
	SHOW("read the pipe's write end", read(p[1], buf, 1));
	SHOW("write the pipe's read end", write(p[0], "x", 1));
	SHOW("write an O_RDONLY /dev/null", write(rd, "x", 1));
	SHOW("read an O_WRONLY /dev/null", read(wr, buf, 1));
	fd_set set;
	FD_ZERO(&set);
	FD_SET(50, &set);
	SHOW("select on a closed fd", select(51, &set, NULL, NULL, &(struct timeval){0, 0}));

	printf("-- EFAULT (raw system calls)\n");
	SHOW("write(1, (void*)1, 10)", syscall(SYS_write, 1, (void *)1, 10));
	SHOW("write(1, kernel address, 8)", syscall(SYS_write, 1, KERNEL, 8));
	SHOW("write(1, non-canonical address, 8)", syscall(SYS_write, 1, NONCANON, 8));
	SHOW("write(pipe, bad ptr)", syscall(SYS_write, p[1], BAD, 4));
	write(p[1], "data", 4);
	SHOW("read(pipe with data, bad ptr)", syscall(SYS_read, p[0], BAD, 4));
	SHOW("writev(1, bad iov array)", syscall(SYS_writev, 1, BAD, 2));
	struct iovec biov[2] = {{"ok", 2}, {BAD, 4}};
	SHOW("writev(pipe, iov with a bad base)", syscall(SYS_writev, p[1], biov, 2));
	SHOW("fstat(1, bad ptr)", syscall(SYS_fstat, 1, BAD));
	SHOW("open(bad path)", syscall(SYS_open, BAD, O_RDONLY));
	SHOW("stat(bad path)", syscall(SYS_stat, BAD, &st));
	SHOW("stat(good path, bad buf)", syscall(SYS_stat, "/dev/null", BAD));
	SHOW("pipe(bad ptr)", syscall(SYS_pipe, BAD));
	SHOW("poll(bad ptr, 1, 0)", syscall(SYS_poll, BAD, 1, 0));
	SHOW("select(bad readfds)", syscall(SYS_select, 1, BAD, 0, 0, &(struct timeval){0, 0}));
	SHOW("getcwd(bad ptr, 100)", syscall(SYS_getcwd, BAD, 100));

	/* Memory the program has, but not writable: the kernel must not write it. */
	char *ro = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	write(p[1], "data", 4);
	SHOW("read(pipe) into a read-only page", syscall(SYS_read, p[0], ro, 4));
	SHOW("fstat into a read-only page", syscall(SYS_fstat, 1, ro));
	SHOW("clock_gettime into a read-only page", syscall(SYS_clock_gettime, CLOCK_MONOTONIC, ro));
	SHOW("read-only page still zero", ro[0]);
	char *none = mmap(NULL, 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	SHOW("write(1) from a PROT_NONE page", syscall(SYS_write, 1, none, 4));

	printf("-- /dev/null never touches the buffer\n");
	SHOW("read(/dev/null, bad ptr)", syscall(SYS_read, rd, BAD, 4));
	SHOW("write(/dev/null, bad ptr)", syscall(SYS_write, wr, BAD, 4));

	printf("-- EINVAL\n");
	SHOW("dup3 bad flags (raw)", syscall(SYS_dup3, 1, 9, 12345));
	SHOW("dup3 same fd (raw)", syscall(SYS_dup3, 1, 1, 0));
	SHOW("pipe2 bad flags", pipe2(p, 0x10000000));
	SHOW("fcntl bad cmd", fcntl(1, 9999));
	SHOW("lseek bad whence", lseek(rd, 0, 42));
	SHOW("lseek negative offset on /dev/null", lseek(rd, -1, SEEK_SET));
	SHOW("readv iovcnt -1", readv(p[0], &(struct iovec){buf, 1}, -1));
	SHOW("writev iovcnt 1025", writev(wr, &(struct iovec){buf, 1}, 1025));
	SHOW("select nfds -1", select(-1, NULL, NULL, NULL, &(struct timeval){0, 0}));
	SHOW("select negative timeout", select(0, NULL, NULL, NULL, &(struct timeval){-1, 0}));

	printf("-- ENOENT, EISDIR, ENOTDIR\n");
	SHOW("open /nonexistent/x", open("/nonexistent/x", O_RDONLY));
	SHOW("open empty path", open("", O_RDONLY));
	SHOW("open relative missing name", open("no-such-file", O_RDONLY));
	SHOW("stat /no/such", stat("/no/such", &st));
	SHOW("lstat /no/such", lstat("/no/such", &st));
	SHOW("access /no/such", access("/no/such", F_OK));
	SHOW("open / for writing", open("/", O_WRONLY));
	int root = open("/", O_RDONLY | O_DIRECTORY);
	YESNO("open / O_RDONLY|O_DIRECTORY", root >= 0);
	SHOW("read a directory", read(root, buf, sizeof buf));
	SHOW("O_DIRECTORY on /dev/null", open("/dev/null", O_RDONLY | O_DIRECTORY));

	printf("-- ESPIPE, ENOTTY\n");
	SHOW("lseek on a pipe", lseek(p[0], 0, SEEK_CUR));
	SHOW("pread on a pipe", pread(p[0], buf, 1, 0));
	SHOW("pwrite on a pipe", pwrite(p[1], "x", 1, 0));
	struct termios t;
	SHOW("tcgetattr on a pipe", tcgetattr(p[0], &t));
	SHOW("tcgetattr on /dev/null", tcgetattr(rd, &t));
	struct winsize ws;
	SHOW("TIOCGWINSZ on /dev/null", ioctl(rd, TIOCGWINSZ, &ws));
	printf("fd_errors: done\n");
	return 0;
}
