/* files_dev.c: the tiny namespace: /dev/null, /dev/console-less checks, stat of /, fstat of pipes, openat, access. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

int main(void)
{
	struct stat st;
	printf("stat /dev/null: %d chr %d\n", stat("/dev/null", &st), S_ISCHR(st.st_mode));
	printf("stat /: %d dir %d\n", stat("/", &st), S_ISDIR(st.st_mode));
	printf("lstat /dev/null: %d\n", lstat("/dev/null", &st));
	int p[2];
	pipe(p);
	printf("fstat pipe: %d fifo %d\n", fstat(p[0], &st), S_ISFIFO(st.st_mode));
	int fd = openat(AT_FDCWD, "/dev/null", O_WRONLY | O_CLOEXEC);
	printf("openat /dev/null: %s cloexec %d\n", fd >= 0 ? "ok" : "failed", !!(fcntl(fd, F_GETFD) & FD_CLOEXEC));
	printf("fstatat AT_EMPTY_PATH: %d\n", fstatat(fd, "", &st, AT_EMPTY_PATH));
	printf("access /dev/null: %d\n", access("/dev/null", F_OK));
	printf("access missing: %d %s\n", access("/definitely/missing", F_OK), errno == ENOENT ? "ENOENT" : "?");
	printf("open / for writing: %d %s\n", open("/", O_WRONLY), errno == EISDIR ? "EISDIR" : "?");
	printf("O_DIRECTORY on /dev/null: %d %s\n", open("/dev/null", O_RDONLY | O_DIRECTORY), errno == ENOTDIR ? "ENOTDIR" : "?");
	printf("chdir /: %d\n", chdir("/"));
	printf("open relative missing: %d %s\n", open("no-such-file", O_RDONLY), errno == ENOENT ? "ENOENT" : "?");
	printf("fopen missing: %s\n", fopen("/nope.txt", "r") ? "opened?" : "NULL");
	return 0;
}
