/*
 * file.c: file objects and the descriptor table. There is no filesystem yet:
 * the namespace is /dev/null, /dev/console, /dev/tty, and the directories
 * "/" and "/dev"; everything else is ENOENT (docs/syscalls.md). fds 0/1/2
 * start as the console (fd 0 may instead be the stdin boot module).
 */
#include <asm/fcntl.h>
#include <linux/stat.h>
#include "defs.h"

static struct file files[NFILE];
static struct {
	struct file *f;
	bool cloexec;
} fds[NOFILE];

struct file *file_new(const struct file_ops *ops, void *priv, int flags)
{
	static uint64_t next_ino = 100;
	for (int i = 0; i < NFILE; i++)
		if (!files[i].refs) {
			files[i] = (struct file){ops, 1, flags, priv, next_ino++};
			return &files[i];
		}
	return 0;
}

void file_put(struct file *f)
{
	if (--f->refs == 0 && f->ops->close)
		f->ops->close(f);
}

struct file *fd_get(int fd) { return (fd >= 0 && fd < NOFILE) ? fds[fd].f : 0; }
bool fd_cloexec(int fd) { return fds[fd].cloexec; }
void fd_set_cloexec(int fd, bool on) { fds[fd].cloexec = on; }

/* Lowest free fd >= min, taking over the caller's reference to f. */
int fd_alloc(struct file *f, int min, bool cloexec)
{
	for (int fd = min; fd < nofile_limit(); fd++)
		if (!fds[fd].f) {
			fds[fd].f = f;
			fds[fd].cloexec = cloexec;
			return fd;
		}
	return -EMFILE;
}

int fd_install(int fd, struct file *f, bool cloexec)
{
	if (fds[fd].f)
		file_put(fds[fd].f);
	fds[fd].f = f;
	fds[fd].cloexec = cloexec;
	return fd;
}

int fd_close(int fd)
{
	struct file *f = fd_get(fd);
	if (!f)
		return -EBADF;
	fds[fd].f = 0;
	file_put(f);
	return 0;
}

/* /dev/null */
static long null_read(struct file *f, char *buf, size_t n) { return 0; }
static long null_write(struct file *f, const char *buf, size_t n) { return n; }
static int null_poll(struct file *f) { return 0x1 | 0x4; } /* POLLIN | POLLOUT */
static const struct file_ops null_ops = {
        .read = null_read, .write = null_write, .poll = null_poll, .mode = S_IFCHR | 0666, .name = "/dev/null"};

/* "/" and "/dev": stat-able, openable read-only, nothing to list yet. */
static long dir_read(struct file *f, char *buf, size_t n) { return -EISDIR; }
static const struct file_ops dir_ops = {.read = dir_read, .mode = S_IFDIR | 0755, .name = "/"};

/* stdin from a boot module: the bytes, then end-of-file. Looks like a pipe. */
struct module_stdin {
	const char *data;
	size_t len, pos;
};
static struct module_stdin module_stdin;
static long module_read(struct file *f, char *buf, size_t n)
{
	struct module_stdin *m = f->priv;
	n = MIN(n, m->len - m->pos);
	if (copy_to_user(buf, m->data + m->pos, n))
		return -EFAULT;
	m->pos += n;
	return n;
}
static int module_poll(struct file *f) { return 0x1; }
static const struct file_ops module_ops = {
        .read = module_read, .poll = module_poll, .mode = S_IFIFO | 0600, .name = "stdin"};

void file_init(enum stdin_kind stdin_kind, const void *mod, size_t modlen)
{
	struct file *in;
	if (stdin_kind == FI_MODULE) {
		module_stdin = (struct module_stdin){mod, modlen, 0};
		in = file_new(&module_ops, &module_stdin, O_RDONLY);
	} else if (stdin_kind == FI_EMPTY) {
		module_stdin = (struct module_stdin){"", 0, 0};
		in = file_new(&module_ops, &module_stdin, O_RDONLY);
	} else
		in = file_new(&console_ops, (void *)1, O_RDWR);
	fd_install(0, in, false);
	fd_install(1, file_new(&console_ops, (void *)1, O_RDWR), false);
	fd_install(2, file_new(&console_ops, (void *)2, O_RDWR), false);
}

/* Compare an absolute path with a canonical name, ignoring repeated slashes and "." parts. */
static bool path_is(const char *p, const char *name)
{
	for (;;) {
		while (*p == '/' && (p[1] == '/' || (p[1] == '.' && (p[2] == '/' || p[2] == 0))))
			p += p[1] == '/' ? 1 : 2;
		if (*p == 0 || *name == 0)
			break;
		if (*p != *name)
			return false;
		p++, name++;
	}
	while (*p == '/' && name[-1] != '/' && p[1] == 0)
		p++; /* one trailing slash, as "/dev/" */
	return *p == 0 && *name == 0;
}

/* Resolve one of the few names the kernel knows. Relative paths start at "/" (the cwd). */
struct file *file_open_path(const char *path, int flags, long *err)
{
	char abs[64];
	if (path[0] != '/') {
		size_t n = strlen(path);
		if (n + 2 > sizeof(abs)) {
			*err = -ENOENT;
			return 0;
		}
		abs[0] = '/';
		memcpy(abs + 1, path, n + 1);
		path = abs;
	}
	const struct file_ops *ops = 0;
	void *priv = 0;
	if (path_is(path, "/dev/null"))
		ops = &null_ops;
	else if (path_is(path, "/dev/console") || path_is(path, "/dev/tty"))
		ops = &console_ops, priv = (void *)1;
	else if (path_is(path, "/") || path_is(path, "/dev"))
		ops = &dir_ops;
	if (!ops) {
		*err = (flags & O_CREAT) ? -EROFS : -ENOENT;
		return 0;
	}
	if ((flags & (O_CREAT | O_EXCL)) == (O_CREAT | O_EXCL)) {
		*err = -EEXIST;
		return 0;
	}
	if (ops == &dir_ops && (flags & O_ACCMODE) != O_RDONLY) {
		*err = -EISDIR;
		return 0;
	}
	if (ops != &dir_ops && (flags & O_DIRECTORY)) {
		*err = -ENOTDIR;
		return 0;
	}
	struct file *f = file_new(ops, priv, flags & (O_ACCMODE | O_NONBLOCK | O_APPEND));
	if (!f)
		*err = -ENFILE;
	return f;
}
