/*
 * pipe.c: pipes inside the one program (self-pipe tricks, event loops,
 * tests). A pipe holds PIPE_BUF_SIZE bytes in frames taken from the
 * allocator. With a single thread, a blocking read of an empty pipe can only
 * be ended by a signal handler writing to it, so blocking waits for signals.
 */
#include <asm/fcntl.h>
#include <asm/signal.h>
#include <asm-generic/siginfo.h>
#include <linux/stat.h>
#include "defs.h"

#define PIPE_PAGES (PIPE_BUF_SIZE / PAGE_SIZE)
#define POLLIN 0x1
#define POLLOUT 0x4
#define POLLERR 0x8
#define POLLHUP 0x10

struct pipe {
	bool used;
	int readers, writers;
	uint64_t head, tail; /* bytes in [tail, head) */
	char *page[PIPE_PAGES];
};
static struct pipe pipes[NPIPE];

static char *byte_at(struct pipe *p, uint64_t pos)
{
	uint64_t off = pos % PIPE_BUF_SIZE;
	return p->page[off / PAGE_SIZE] + off % PAGE_SIZE;
}

static long pipe_read(struct file *f, char *buf, size_t n)
{
	struct pipe *p = f->priv;
	if (n == 0)
		return 0;
	while (p->head == p->tail) {
		if (!p->writers)
			return 0;
		if (f->flags & O_NONBLOCK)
			return -EAGAIN;
		if (signal_pending())
			return -ERESTARTSYS;
		wait_event();
	}
	size_t k = MIN(n, p->head - p->tail);
	if (user_check(buf, k, true))
		return -EFAULT;
	for (size_t i = 0; i < k; i++)
		buf[i] = *byte_at(p, p->tail++);
	return k;
}

static long pipe_write(struct file *f, const char *buf, size_t n)
{
	struct pipe *p = f->priv;
	size_t k = 0;
	if (user_check(buf, n, false))
		return -EFAULT;
	while (k < n) {
		if (!p->readers) {
			signal_raise(SIGPIPE, SI_USER, 0, 0, 0);
			return k ? (long)k : -EPIPE;
		}
		if (p->head - p->tail == PIPE_BUF_SIZE) {
			if (f->flags & O_NONBLOCK)
				return k ? (long)k : -EAGAIN;
			if (signal_pending())
				return k ? (long)k : -ERESTARTSYS;
			wait_event();
			continue;
		}
		*byte_at(p, p->head++) = buf[k++];
	}
	return k;
}

static int pipe_poll_r(struct file *f)
{
	struct pipe *p = f->priv;
	return (p->head != p->tail ? POLLIN : 0) | (p->writers ? 0 : POLLHUP);
}

static int pipe_poll_w(struct file *f)
{
	struct pipe *p = f->priv;
	if (!p->readers)
		return POLLOUT | POLLERR; /* as Linux: writing would not block (it fails with EPIPE) */
	return p->head - p->tail < PIPE_BUF_SIZE ? POLLOUT : 0;
}

static void pipe_release(struct pipe *p)
{
	if (p->readers || p->writers)
		return;
	for (unsigned i = 0; i < PIPE_PAGES; i++)
		if (p->page[i])
			frame_free(v2p(p->page[i]));
	memset(p, 0, sizeof(*p));
}

static void close_r(struct file *f)
{
	struct pipe *p = f->priv;
	p->readers--;
	pipe_release(p);
}

static void close_w(struct file *f)
{
	struct pipe *p = f->priv;
	p->writers--;
	pipe_release(p);
}

static const struct file_ops pipe_r_ops = {
        .read = pipe_read, .poll = pipe_poll_r, .close = close_r, .mode = S_IFIFO | 0600, .name = "pipe"};
static const struct file_ops pipe_w_ops = {
        .write = pipe_write, .poll = pipe_poll_w, .close = close_w, .mode = S_IFIFO | 0600, .name = "pipe"};

long pipe_create(struct file *ends[2], int flags)
{
	struct pipe *p = 0;
	for (int i = 0; i < NPIPE && !p; i++)
		if (!pipes[i].used)
			p = &pipes[i];
	if (!p)
		return -ENFILE;
	memset(p, 0, sizeof(*p));
	p->used = true;
	for (unsigned i = 0; i < PIPE_PAGES; i++) {
		uint64_t pa = frame_alloc_nozero();
		if (!pa) {
			pipe_release(p);
			return -ENOMEM;
		}
		p->page[i] = p2v(pa);
	}
	ends[0] = file_new(&pipe_r_ops, p, O_RDONLY | (flags & O_NONBLOCK));
	ends[1] = ends[0] ? file_new(&pipe_w_ops, p, O_WRONLY | (flags & O_NONBLOCK)) : 0;
	if (!ends[1]) {
		if (ends[0])
			ends[0]->refs = 0;
		pipe_release(p);
		return -ENFILE;
	}
	p->readers = p->writers = 1;
	ends[0]->ino = ends[1]->ino;
	return 0;
}
