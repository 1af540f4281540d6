/*
 * sys_poll.c: poll, ppoll, select, pselect6. One loop serves all four: scan
 * the descriptors, and if none is ready, halt until the timeout, a signal,
 * or (when the console is watched) the next 10 ms console poll. Linux does
 * not restart these after a handler, so a signal gives -EINTR.
 */
#include <linux/poll.h>
#include <linux/time_types.h>
#include "syscall.h"

#define CONSOLE_POLL_NS 10000000ull
#define FD_SETSIZE_MAX NOFILE
#define NO_TIMEOUT UINT64_MAX

extern uint64_t sig_blocked;

struct pollset {
	struct pollfd *pfd; /* poll: kernel copy */
	long n;
	/* select */
	uint64_t *in, *out, *ex; /* kernel copies of the fd_sets, or NULL */
	uint64_t rin[FD_SETSIZE_MAX / 64], rout[FD_SETSIZE_MAX / 64], rex[FD_SETSIZE_MAX / 64];
};

static bool watches_console;

static int file_events(struct file *f)
{
	if (f->ops->tty)
		watches_console = true;
	return f->ops->poll ? f->ops->poll(f) : (POLLIN | POLLOUT);
}

static long scan_poll(struct pollset *ps)
{
	long ready = 0;
	for (long i = 0; i < ps->n; i++) {
		struct pollfd *p = &ps->pfd[i];
		p->revents = 0;
		if (p->fd < 0)
			continue;
		struct file *f = fd_get(p->fd);
		if (!f)
			p->revents = POLLNVAL;
		else
			p->revents = file_events(f) & (p->events | POLLERR | POLLHUP);
		if (p->revents)
			ready++;
	}
	return ready;
}

static long scan_select(struct pollset *ps)
{
	long ready = 0;
	memset(ps->rin, 0, sizeof(ps->rin));
	memset(ps->rout, 0, sizeof(ps->rout));
	memset(ps->rex, 0, sizeof(ps->rex));
	for (long fd = 0; fd < ps->n; fd++) {
		uint64_t bit = 1ull << (fd % 64);
		int w = fd / 64;
		bool want_in = ps->in && (ps->in[w] & bit), want_out = ps->out && (ps->out[w] & bit);
		bool want_ex = ps->ex && (ps->ex[w] & bit);
		if (!want_in && !want_out && !want_ex)
			continue;
		struct file *f = fd_get(fd);
		if (!f)
			return -EBADF;
		int ev = file_events(f);
		if (want_in && (ev & (POLLIN | POLLHUP | POLLERR)))
			ps->rin[w] |= bit, ready++;
		if (want_out && (ev & (POLLOUT | POLLERR)))
			ps->rout[w] |= bit, ready++;
		if (want_ex && (ev & POLLPRI))
			ps->rex[w] |= bit, ready++;
	}
	return ready;
}

static long wait_ready(struct pollset *ps, bool is_select, uint64_t deadline)
{
	static struct ktimer tick;
	for (;;) {
		watches_console = false;
		long ready = is_select ? scan_select(ps) : scan_poll(ps);
		if (ready)
			return ready;
		uint64_t now = time_monotonic();
		if (deadline != NO_TIMEOUT && now >= deadline)
			return 0;
		if (signal_pending())
			return -EINTR;
		uint64_t wake = deadline;
		if (watches_console)
			wake = MIN(wake, now + CONSOLE_POLL_NS);
		if (wake != NO_TIMEOUT)
			ktimer_arm(&tick, wake);
		wait_event();
		ktimer_cancel(&tick);
	}
}

static long timespec_deadline(const struct __kernel_timespec *uts, uint64_t *deadline)
{
	struct __kernel_timespec ts;
	*deadline = NO_TIMEOUT;
	if (!uts)
		return 0;
	if (copy_from_user(&ts, uts, sizeof(ts)))
		return -EFAULT;
	if (ts.tv_sec < 0 || ts.tv_nsec < 0 || ts.tv_nsec >= 1000000000)
		return -EINVAL;
	uint64_t ns = ts.tv_sec > 1000000000ll ? NO_TIMEOUT / 2 : (uint64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
	*deadline = time_monotonic() + ns;
	return 0;
}

/* ppoll and pselect6 write the time left back into the caller's timespec, as Linux does. */
static void write_back_left(struct __kernel_timespec *uts, uint64_t deadline)
{
	if (!uts || deadline == NO_TIMEOUT)
		return;
	uint64_t now = time_monotonic(), left = deadline > now ? deadline - now : 0;
	struct __kernel_timespec ts = {left / 1000000000, left % 1000000000};
	copy_to_user(uts, &ts, sizeof(ts));
}

/* ppoll/pselect6 swap the signal mask for the duration; it is restored after any handler runs. */
static long with_sigmask(const uint64_t *umask, long size, uint64_t *saved)
{
	*saved = sig_blocked;
	if (!umask)
		return 0;
	uint64_t m;
	if (size != 8)
		return -EINVAL;
	if (copy_from_user(&m, umask, 8))
		return -EFAULT;
	sig_blocked = m & ~((1ull << 8) | (1ull << 18)); /* never SIGKILL/SIGSTOP */
	return 0;
}

static long do_poll(struct pollfd *ufds, long n, uint64_t deadline)
{
	static struct pollfd kfds[NOFILE];
	if (n < 0 || n > NOFILE)
		return -EINVAL;
	if (copy_from_user(kfds, ufds, n * sizeof(*ufds)))
		return -EFAULT;
	struct pollset ps = {.pfd = kfds, .n = n};
	long r = wait_ready(&ps, false, deadline);
	if (r >= 0 && copy_to_user(ufds, kfds, n * sizeof(*ufds)))
		return -EFAULT;
	return r;
}

SYSCALL(poll)
{
	uint64_t deadline = a2 < 0 ? NO_TIMEOUT : time_monotonic() + (uint64_t)a2 * 1000000;
	return do_poll((struct pollfd *)a0, a1, deadline);
}

SYSCALL(ppoll)
{
	uint64_t deadline, saved;
	long r = timespec_deadline((const struct __kernel_timespec *)a2, &deadline);
	if (r || (r = with_sigmask((const uint64_t *)a3, a4, &saved)))
		return r;
	r = do_poll((struct pollfd *)a0, a1, deadline);
	if (r == -EINTR)
		signal_set_saved_mask(saved); /* handler runs with the temporary mask, then the old one */
	else
		sig_blocked = saved;
	write_back_left((struct __kernel_timespec *)a2, deadline);
	return r;
}

static long do_select(long n, uint64_t *uin, uint64_t *uout, uint64_t *uex, uint64_t deadline)
{
	static uint64_t kin[FD_SETSIZE_MAX / 64], kout[FD_SETSIZE_MAX / 64], kex[FD_SETSIZE_MAX / 64];
	if (n < 0 || n > FD_SETSIZE_MAX)
		return -EINVAL;
	size_t bytes = ALIGN_UP(n, 64) / 8;
	struct pollset ps = {.n = n};
	if (uin && copy_from_user(ps.in = kin, uin, bytes))
		return -EFAULT;
	if (uout && copy_from_user(ps.out = kout, uout, bytes))
		return -EFAULT;
	if (uex && copy_from_user(ps.ex = kex, uex, bytes))
		return -EFAULT;
	long r = wait_ready(&ps, true, deadline);
	if (r < 0)
		return r;
	if ((uin && copy_to_user(uin, ps.rin, bytes)) || (uout && copy_to_user(uout, ps.rout, bytes)) ||
	    (uex && copy_to_user(uex, ps.rex, bytes)))
		return -EFAULT;
	return r;
}

SYSCALL(select)
{
	struct __kernel_old_timeval tv;
	uint64_t deadline = NO_TIMEOUT;
	if (a4) {
		if (copy_from_user(&tv, (void *)a4, sizeof(tv)))
			return -EFAULT;
		if (tv.tv_sec < 0 || tv.tv_usec < 0)
			return -EINVAL;
		deadline = time_monotonic() + (uint64_t)tv.tv_sec * 1000000000 + (uint64_t)tv.tv_usec * 1000;
	}
	long r = do_select(a0, (uint64_t *)a1, (uint64_t *)a2, (uint64_t *)a3, deadline);
	if (a4) { /* Linux writes back the time left, after EINTR too: callers loop with it */
		uint64_t now = time_monotonic(), left = deadline > now ? deadline - now : 0;
		tv.tv_sec = left / 1000000000;
		tv.tv_usec = left % 1000000000 / 1000;
		copy_to_user((void *)a4, &tv, sizeof(tv));
	}
	return r;
}

SYSCALL(pselect6)
{
	uint64_t deadline, saved;
	struct {
		const uint64_t *mask;
		long size;
	} sm = {0, 0};
	long r = timespec_deadline((const struct __kernel_timespec *)a4, &deadline);
	if (r)
		return r;
	if (a5 && copy_from_user(&sm, (void *)a5, sizeof(sm)))
		return -EFAULT;
	if ((r = with_sigmask(sm.mask, sm.size, &saved)))
		return r;
	r = do_select(a0, (uint64_t *)a1, (uint64_t *)a2, (uint64_t *)a3, deadline);
	if (r == -EINTR)
		signal_set_saved_mask(saved);
	else
		sig_blocked = saved;
	write_back_left((struct __kernel_timespec *)a4, deadline);
	return r;
}
