/*
 * sys_fd.c: system calls on open file descriptors: read/write and their
 * vector and positional forms, close, dup*, fcntl, ioctl, lseek, pipe*.
 * Mostly argument checking: descriptors with fd_get (-EBADF), flags against
 * what Linux accepts (-EINVAL). Data buffers are checked by the file when it
 * copies (-EFAULT), so that, as on Linux, reading at end-of-file or writing to
 * /dev/null never faults on the buffer.
 */
#include <linux/fcntl.h>
#include <asm/ioctls.h>
#include <linux/uio.h>
#include "syscall.h"

#define SEEK_END_MAX 2

static long do_read(struct file *f, char *buf, size_t n)
{
	if ((f->flags & O_ACCMODE) == O_WRONLY || !f->ops->read)
		return -EBADF;
	return f->ops->read(f, buf, n); /* the file checks buf when it has bytes to copy, as Linux */
}

static long do_write(struct file *f, const char *buf, size_t n)
{
	if ((f->flags & O_ACCMODE) == O_RDONLY || !f->ops->write)
		return -EBADF;
	return f->ops->write(f, buf, n); /* likewise: /dev/null never looks at buf */
}

/* Linux's access_ok: the range must lie in the program's half, mapped or not. */
static bool range_ok(uint64_t p, uint64_t n) { return p + n >= p && p + n <= USER_TOP; }

SYSCALL(read)
{
	struct file *f = fd_get(a0);
	if (!f)
		return -EBADF;
	if (!range_ok(a1, a2))
		return -EFAULT;
	return do_read(f, (char *)a1, a2);
}

SYSCALL(write)
{
	struct file *f = fd_get(a0);
	if (!f)
		return -EBADF;
	if (!range_ok(a1, a2))
		return -EFAULT;
	return do_write(f, (const char *)a1, a2);
}

static long vector_io(long fd, const struct iovec *iov, long cnt, bool write)
{
	struct file *f = fd_get(fd);
	if (!f)
		return -EBADF;
	if (cnt < 0 || cnt > UIO_MAXIOV)
		return -EINVAL;
	if (user_check(iov, cnt * sizeof(*iov), false))
		return -EFAULT;
	long total = 0;
	for (long i = 0; i < cnt; i++) {
		if ((long)iov[i].iov_len < 0)
			return -EINVAL;
		/* A write gathers before it writes: a bad buffer anywhere fails the whole call. */
		if (write && user_check(iov[i].iov_base, iov[i].iov_len, false))
			return -EFAULT;
	}
	for (long i = 0; i < cnt; i++) {
		if (!iov[i].iov_len)
			continue;
		long r = write ? do_write(f, iov[i].iov_base, iov[i].iov_len)
		               : do_read(f, iov[i].iov_base, iov[i].iov_len);
		if (r < 0)
			return total ? total : r;
		total += r;
		if ((size_t)r < iov[i].iov_len)
			break;
	}
	return total;
}

SYSCALL(readv) { return vector_io(a0, (const struct iovec *)a1, a2, false); }
SYSCALL(writev) { return vector_io(a0, (const struct iovec *)a1, a2, true); }

/* No file of ours is seekable except /dev/null (offsets ignored, as on Linux). */
static long positional(long fd, long off)
{
	struct file *f = fd_get(fd);
	if (!f)
		return -EBADF;
	if (off < 0)
		return -EINVAL;
	return strcmp(f->ops->name, "/dev/null") ? -ESPIPE : 0;
}

SYSCALL(pread64)
{
	long r = positional(a0, a3);
	return r ? r : sys_read(a0, a1, a2, 0, 0, 0);
}
SYSCALL(pwrite64)
{
	long r = positional(a0, a3);
	return r ? r : sys_write(a0, a1, a2, 0, 0, 0);
}
SYSCALL(preadv)
{
	long r = positional(a0, a3);
	return r ? r : vector_io(a0, (const struct iovec *)a1, a2, false);
}
SYSCALL(pwritev)
{
	long r = positional(a0, a3);
	return r ? r : vector_io(a0, (const struct iovec *)a1, a2, true);
}

SYSCALL(lseek)
{
	struct file *f = fd_get(a0);
	if (!f)
		return -EBADF;
	if (a2 < 0 || a2 > SEEK_END_MAX)
		return -EINVAL;
	return strcmp(f->ops->name, "/dev/null") ? -ESPIPE : 0;
}

SYSCALL(close) { return fd_close(a0); }

SYSCALL(dup)
{
	struct file *f = fd_get(a0);
	if (!f)
		return -EBADF;
	int fd = fd_alloc(f, 0, false);
	if (fd >= 0)
		f->refs++;
	return fd;
}

SYSCALL(dup3)
{
	struct file *f = fd_get(a0);
	if (!f)
		return -EBADF;
	if (a2 & ~O_CLOEXEC)
		return -EINVAL;
	if (a0 == a1)
		return -EINVAL;
	if (a1 < 0 || a1 >= nofile_limit())
		return -EBADF;
	f->refs++;
	return fd_install(a1, f, a2 & O_CLOEXEC);
}

SYSCALL(dup2)
{
	if (a0 == a1)
		return fd_get(a0) ? a1 : -EBADF;
	return sys_dup3(a0, a1, 0, 0, 0, 0);
}

SYSCALL(fcntl)
{
	struct file *f = fd_get(a0);
	if (!f)
		return -EBADF;
	switch (a1) {
	case F_DUPFD:
	case F_DUPFD_CLOEXEC: {
		if (a2 < 0 || a2 >= nofile_limit())
			return -EINVAL;
		int fd = fd_alloc(f, a2, a1 == F_DUPFD_CLOEXEC);
		if (fd >= 0)
			f->refs++;
		return fd;
	}
	case F_GETFD:
		return fd_cloexec(a0) ? FD_CLOEXEC : 0;
	case F_SETFD:
		fd_set_cloexec(a0, a2 & FD_CLOEXEC);
		return 0;
	case F_GETFL:
		return f->flags;
	case F_SETFL:
		f->flags = (f->flags & ~(O_NONBLOCK | O_APPEND)) | (a2 & (O_NONBLOCK | O_APPEND));
		return 0;
	case F_GETLK:
	case F_SETLK:
	case F_SETLKW:
		return -EINVAL; /* no lockable files yet */
	default:
		return -EINVAL;
	}
}

SYSCALL(ioctl)
{
	struct file *f = fd_get(a0);
	if (!f)
		return -EBADF;
	switch (a1) {
	case FIOCLEX:
	case FIONCLEX:
		fd_set_cloexec(a0, a1 == FIOCLEX);
		return 0;
	case FIONBIO: {
		int on;
		if (copy_from_user(&on, (void *)a2, sizeof(on)))
			return -EFAULT;
		f->flags = on ? f->flags | O_NONBLOCK : f->flags & ~O_NONBLOCK;
		return 0;
	}
	}
	return f->ops->ioctl ? f->ops->ioctl(f, a1, a2) : -ENOTTY;
}

SYSCALL(pipe2)
{
	int fds[2];
	struct file *ends[2];
	if (a1 & ~(O_CLOEXEC | O_NONBLOCK | O_DIRECT))
		return -EINVAL;
	if (user_check((void *)a0, sizeof(fds), true))
		return -EFAULT;
	long r = pipe_create(ends, a1);
	if (r)
		return r;
	fds[0] = fd_alloc(ends[0], 0, a1 & O_CLOEXEC);
	fds[1] = fds[0] < 0 ? -EMFILE : fd_alloc(ends[1], 0, a1 & O_CLOEXEC);
	if (fds[1] < 0) {
		if (fds[0] >= 0)
			fd_close(fds[0]);
		else
			file_put(ends[0]);
		file_put(ends[1]);
		return -EMFILE;
	}
	memcpy((void *)a0, fds, sizeof(fds));
	return 0;
}

SYSCALL(pipe) { return sys_pipe2(a0, 0, 0, 0, 0, 0); }
