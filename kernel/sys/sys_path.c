/*
 * sys_path.c: system calls that name files. The namespace is tiny (file.c):
 * /dev/null, /dev/console, /dev/tty, "/" and "/dev". The working directory
 * is always "/". Calls that would change a filesystem fail as on a
 * read-only one (EROFS) or with ENOENT when the name does not exist.
 */
#include <linux/fcntl.h>
#include <asm/stat.h>
#include <linux/stat.h>
#include "syscall.h"

#define PATH_MAX_LEN 4096

static long get_path(const char *user, char *buf, size_t size)
{
	int n = user_strlen(user, size - 1);
	if (n < 0)
		return n;
	memcpy(buf, user, n + 1);
	return n == 0 ? -ENOENT : 0;
}

static void fill_stat(struct file *f, struct stat *st)
{
	memset(st, 0, sizeof(*st));
	st->st_dev = 0x16;
	st->st_ino = f->ino;
	st->st_mode = f->ops->mode;
	st->st_nlink = 1;
	st->st_blksize = PAGE_SIZE;
	if (f->ops->tty)
		st->st_rdev = (5 << 8) | 1; /* 5,1 = /dev/console */
	else if (!strcmp(f->ops->name, "/dev/null"))
		st->st_rdev = (1 << 8) | 3;
	uint64_t now = time_realtime();
	st->st_atime = st->st_mtime = st->st_ctime = now / 1000000000;
}

static long open_common(long dirfd, const char *upath, long flags)
{
	char path[PATH_MAX_LEN];
	long r = get_path(upath, path, sizeof(path));
	if (r)
		return r;
	if (path[0] != '/' && dirfd != AT_FDCWD && !fd_get(dirfd))
		return -EBADF;
	struct file *f = file_open_path(path, flags, &r);
	if (!f)
		return r;
	int fd = fd_alloc(f, 0, flags & O_CLOEXEC);
	if (fd < 0)
		file_put(f);
	return fd;
}

SYSCALL(open) { return open_common(AT_FDCWD, (const char *)a0, a1); }
SYSCALL(openat) { return open_common(a0, (const char *)a1, a2); }

SYSCALL(fstat)
{
	struct file *f = fd_get(a0);
	struct stat st;
	if (!f)
		return -EBADF;
	fill_stat(f, &st);
	return copy_to_user((void *)a1, &st, sizeof(st));
}

static long stat_path(long dirfd, const char *upath, struct stat *ust, long flags)
{
	char path[PATH_MAX_LEN];
	long r;
	if (flags & ~(AT_EMPTY_PATH | AT_SYMLINK_NOFOLLOW | AT_NO_AUTOMOUNT))
		return -EINVAL;
	if ((flags & AT_EMPTY_PATH) && user_strlen(upath, 1) == 0)
		return sys_fstat(dirfd, (long)ust, 0, 0, 0, 0);
	if ((r = get_path(upath, path, sizeof(path))))
		return r;
	if (path[0] != '/' && dirfd != AT_FDCWD && !fd_get(dirfd))
		return -EBADF;
	struct file *f = file_open_path(path, O_RDONLY, &r);
	if (!f)
		return r;
	struct stat st;
	fill_stat(f, &st);
	file_put(f);
	return copy_to_user(ust, &st, sizeof(st));
}

SYSCALL(stat) { return stat_path(AT_FDCWD, (const char *)a0, (struct stat *)a1, 0); }
SYSCALL(lstat) { return stat_path(AT_FDCWD, (const char *)a0, (struct stat *)a1, AT_SYMLINK_NOFOLLOW); }
SYSCALL(newfstatat) { return stat_path(a0, (const char *)a1, (struct stat *)a2, a3); }
SYSCALL(statx) { return -ENOSYS; } /* musl falls back to fstatat */

SYSCALL(faccessat)
{
	char path[PATH_MAX_LEN];
	long r;
	if (a2 & ~7)
		return -EINVAL;
	if ((r = get_path((const char *)a1, path, sizeof(path))))
		return r;
	struct file *f = file_open_path(path, O_RDONLY, &r);
	if (!f)
		return r;
	file_put(f);
	return 0;
}
SYSCALL(access) { return sys_faccessat(AT_FDCWD, a0, a1, 0, 0, 0); }
SYSCALL(faccessat2) { return sys_faccessat(a0, a1, a2, 0, 0, 0); }

SYSCALL(getcwd)
{
	if (a1 < 2)
		return -ERANGE;
	if (copy_to_user((void *)a0, "/", 2))
		return -EFAULT;
	return 2; /* the raw syscall returns the length including the NUL */
}

SYSCALL(chdir)
{
	char path[PATH_MAX_LEN];
	long r = get_path((const char *)a0, path, sizeof(path));
	if (r)
		return r;
	struct file *f = file_open_path(path, O_RDONLY, &r);
	if (!f)
		return r;
	bool dir = (f->ops->mode & S_IFMT) == S_IFDIR;
	file_put(f);
	if (!dir)
		return -ENOTDIR;
	return strcmp(path, "/") && strcmp(path, "/.") ? -EACCES : 0; /* the cwd stays "/" */
}

static long no_name(const char *upath)
{
	char path[PATH_MAX_LEN];
	long r = get_path(upath, path, sizeof(path));
	if (r)
		return r;
	struct file *f = file_open_path(path, O_RDONLY, &r);
	if (!f)
		return r;
	file_put(f);
	return -EROFS;
}

SYSCALL(readlink)
{
	long r = no_name((const char *)a0);
	return r == -EROFS ? -EINVAL : r;
}
SYSCALL(readlinkat)
{
	long r = no_name((const char *)a1);
	return r == -EROFS ? -EINVAL : r;
}
SYSCALL(unlink) { return no_name((const char *)a0); }
SYSCALL(unlinkat) { return no_name((const char *)a1); }
SYSCALL(mkdir)
{
	long r = no_name((const char *)a0);
	return r == -ENOENT ? -EROFS : -EEXIST;
}
SYSCALL(mkdirat)
{
	long r = no_name((const char *)a1);
	return r == -ENOENT ? -EROFS : -EEXIST;
}
