/* fd_stat.c: stat/lstat/fstat/newfstatat of /dev/null, / and pipes; openat, relative names; lseek; access; getcwd. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "conformance.h"

static void kind(const char *what, int r, const struct stat *st)
{
	if (r < 0) {
		printf("%s: -1 %s\n", what, errname(errno));
		return;
	}
	const char *k = S_ISCHR(st->st_mode)    ? "chr"
	                : S_ISDIR(st->st_mode)  ? "dir"
	                : S_ISFIFO(st->st_mode) ? "fifo"
	                : S_ISREG(st->st_mode)  ? "reg"
	                                        : "other";
	printf("%s: %s", what, k);
	if (S_ISCHR(st->st_mode))
		printf(" %u,%u", major(st->st_rdev), minor(st->st_rdev));
	printf("\n");
}

int main(void)
{
	struct stat st;
	int r;

	r = stat("/dev/null", &st);
	kind("stat /dev/null", r, &st);
	printf("/dev/null mode bits: %o\n", (unsigned)(st.st_mode & 0777));
	r = lstat("/dev/null", &st);
	kind("lstat /dev/null", r, &st);
	r = stat("/", &st);
	kind("stat /", r, &st);
	r = stat("/dev", &st);
	kind("stat /dev", r, &st);
	r = stat("/dev/", &st);
	kind("stat /dev/ (trailing slash)", r, &st);
	r = stat("//dev//null", &st);
	kind("stat //dev//null", r, &st);
	r = stat("/dev/./null", &st);
	kind("stat /dev/./null", r, &st);

	int nul = open("/dev/null", O_RDWR);
	r = fstat(nul, &st);
	kind("fstat of an open /dev/null", r, &st);
	r = fstatat(nul, "", &st, AT_EMPTY_PATH);
	kind("fstatat(fd, \"\", AT_EMPTY_PATH)", r, &st);
	r = fstatat(AT_FDCWD, "/dev/null", &st, 0);
	kind("fstatat(AT_FDCWD, /dev/null)", r, &st);
	r = (int)syscall(SYS_newfstatat, AT_FDCWD, "/dev/null", &st, AT_SYMLINK_NOFOLLOW);
	kind("newfstatat raw, AT_SYMLINK_NOFOLLOW", r, &st);
	r = fstat(1, &st);
	printf("fstat(1) succeeds: %s\n", r == 0 ? "yes" : "no"); /* its kind differs: tty vs pipe */
	int p[2];
	pipe(p);
	r = fstat(p[0], &st);
	kind("fstat of a pipe's read end", r, &st);
	r = fstat(p[1], &st);
	kind("fstat of a pipe's write end", r, &st);

	printf("-- names relative to / and to a directory fd\n");
	char cwd[64];
	printf("getcwd: %s\n", getcwd(cwd, sizeof cwd));
	SHOW("chdir /", chdir("/"));
	printf("getcwd: %s\n", getcwd(cwd, sizeof cwd));
	errno = 0;
	char *g = getcwd(cwd, 1);
	printf("getcwd into 1 byte: %s %s\n", g ? "?" : "NULL", errname(errno));
	SHOW("getcwd raw, size 2", syscall(SYS_getcwd, cwd, 2));
	int rel = open("dev/null", O_WRONLY);
	printf("open relative dev/null: %s\n", rel >= 0 ? "ok" : errname(errno));
	int root = open("/", O_RDONLY | O_DIRECTORY);
	int at = openat(root, "dev/null", O_WRONLY);
	printf("openat(/, dev/null): %s\n", at >= 0 ? "ok" : errname(errno));
	r = fstatat(root, "dev/null", &st, 0);
	kind("fstatat(/, dev/null)", r, &st);
	SHOW("openat(/, missing)", openat(root, "missing", O_RDONLY));
	SHOW("openat(AT_FDCWD, absolute path)", openat(AT_FDCWD, "/dev/null", O_RDONLY) >= 0);
	SHOW("open /dev/null O_CREAT", open("/dev/null", O_WRONLY | O_CREAT, 0644) >= 0);
	SHOW("open /dev/null O_CREAT|O_EXCL", open("/dev/null", O_WRONLY | O_CREAT | O_EXCL, 0644));
	char link[32];
	SHOW("readlink of /dev/null (not a link)", readlink("/dev/null", link, sizeof link));

	printf("-- access\n");
	SHOW("access /dev/null R_OK|W_OK", access("/dev/null", R_OK | W_OK));
	SHOW("access / X_OK", access("/", X_OK));
	SHOW("faccessat(AT_FDCWD, /dev, F_OK)", faccessat(AT_FDCWD, "/dev", F_OK, 0));
	SHOW("access /missing", access("/missing", F_OK));

	printf("-- lseek\n");
	SHOW("lseek /dev/null SEEK_SET 100", lseek(nul, 100, SEEK_SET));
	SHOW("lseek /dev/null SEEK_END 0", lseek(nul, 0, SEEK_END));
	SHOW("lseek /dev/null SEEK_CUR 5", lseek(nul, 5, SEEK_CUR));
	SHOW("pread /dev/null at 1000", pread(nul, link, 4, 1000));
	SHOW("pwrite /dev/null at 1000", pwrite(nul, "abcd", 4, 1000));
	printf("fd_stat: done\n");
	return 0;
}
