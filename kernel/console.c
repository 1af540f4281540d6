/*
 * console.c: the program's console as a terminal. Output goes straight to
 * the platform (stream 1 or 2, chosen by the file object). Input arrives from
 * the platform into a ring; in canonical mode (the default, as on a Linux
 * tty) this file also does the line discipline the host terminal no longer
 * does, because QEMU puts it in raw mode: echo, backspace, CR -> NL, ^D for
 * end-of-file, and ISIG: ^C and ^\ raise SIGINT and SIGQUIT, as a Linux tty
 * does for its foreground process (halvm-run keeps ^C on the host side, so
 * this is for consoles attached otherwise, e.g. a plain `xl console`).
 * TCSETS with ICANON/ECHO/ISIG cleared gives raw bytes.
 */
#include <asm/ioctls.h>
#include <asm/signal.h>
#include <asm/termbits.h>
#include <asm-generic/siginfo.h>
#include <linux/stat.h>
#include "defs.h"
#include "platform.h"

#define POLLIN 0x1
#define POLLOUT 0x4

static struct termios tio = {
        .c_iflag = ICRNL | IXON,
        .c_oflag = 0, /* byte-exact output unless the host side is a terminal (console_set_tty) */
        .c_cflag = B38400 | CS8 | CREAD | HUPCL,
        .c_lflag = ISIG | ICANON | ECHO | ECHOE | ECHOK | IEXTEN,
        .c_cc = {[VINTR] = 3, [VQUIT] = 28, [VERASE] = 127, [VKILL] = 21, [VEOF] = 4, [VMIN] = 1},
};
static char ring[CONSOLE_INBUF];
static size_t head, tail;        /* bytes ready for read(): [tail, head) */
static char line[CONSOLE_INBUF]; /* canonical mode: the line being edited */
static size_t line_len;
static int eof_pending; /* ^D on an empty line: one read returns 0 */

static void ring_put(char c)
{
	if (head - tail < sizeof(ring))
		ring[head++ % sizeof(ring)] = c;
}

static void echo(const char *s, size_t n)
{
	if (tio.c_lflag & ECHO)
		platform->console_write(1, s, n);
}

void console_input(const char *buf, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		char c = buf[i];
		if (c == '\r' && (tio.c_iflag & ICRNL))
			c = '\n';
		if ((tio.c_lflag & ISIG) && (c == tio.c_cc[VINTR] || c == tio.c_cc[VQUIT]) && c) {
			line_len = 0; /* as without NOFLSH: the line being edited is dropped */
			echo(c == tio.c_cc[VINTR] ? "^C" : "^\\", 2);
			signal_raise(c == tio.c_cc[VINTR] ? SIGINT : SIGQUIT, SI_KERNEL, 0, 0, 0);
			continue;
		}
		if (!(tio.c_lflag & ICANON)) {
			ring_put(c);
			continue;
		}
		if (c == tio.c_cc[VEOF]) {
			if (line_len == 0)
				eof_pending++;
			for (size_t j = 0; j < line_len; j++)
				ring_put(line[j]);
			line_len = 0;
		} else if (c == tio.c_cc[VERASE] || c == '\b') {
			if (line_len) {
				line_len--;
				echo("\b \b", 3);
			}
		} else if (c == '\n') {
			echo("\n", 1);
			for (size_t j = 0; j < line_len; j++)
				ring_put(line[j]);
			ring_put('\n');
			line_len = 0;
		} else if (line_len < sizeof(line)) {
			line[line_len++] = c;
			echo(&c, 1);
		}
	}
}

static int stream_of(struct file *f) { return (int)(uint64_t)f->priv; }

static long console_read(struct file *f, char *buf, size_t n)
{
	static struct ktimer poll_tick; /* console input is polled every 10 ms while someone waits */
	if (n == 0)
		return 0;
	for (;;) {
		platform->console_poll();
		if (head != tail) {
			size_t k = 0, avail = head - tail;
			if (user_check(buf, MIN(n, avail), true))
				return -EFAULT;
			while (k < n && head != tail) {
				char c = ring[tail++ % sizeof(ring)];
				buf[k++] = c;
				if (c == '\n' && (tio.c_lflag & ICANON))
					break;
			}
			return k;
		}
		if (eof_pending) {
			eof_pending--;
			return 0;
		}
		if (f->flags & 04000) /* O_NONBLOCK */
			return -EAGAIN;
		if (signal_pending())
			return -ERESTARTSYS;
		ktimer_arm(&poll_tick, time_monotonic() + 10000000);
		wait_event();
		ktimer_cancel(&poll_tick);
	}
}

/*
 * Output is passed through byte-exact. When the console is a terminal, the host side does
 * the ONLCR translation (QEMU keeps OPOST on the host terminal it puts in raw mode), so the
 * termios flags report ONLCR but nothing is translated here.
 */
static long console_write(struct file *f, const char *buf, size_t n)
{
	if (user_check(buf, n, false))
		return -EFAULT;
	platform->console_write(stream_of(f), buf, n);
	return n;
}

static int console_poll(struct file *f)
{
	platform->console_poll();
	return POLLOUT | ((head != tail || eof_pending) ? POLLIN : 0);
}

static long console_ioctl(struct file *f, unsigned long cmd, unsigned long arg)
{
	switch (cmd) {
	case TCGETS:
		return copy_to_user((void *)arg, &tio, sizeof(tio));
	case TCSETS:
	case TCSETSW:
	case TCSETSF:
		return copy_from_user(&tio, (void *)arg, sizeof(tio));
	case TIOCGWINSZ: {
		unsigned short ws[4] = {24, 80, 0, 0}; /* struct winsize: rows, cols, xpixel, ypixel */
		return copy_to_user((void *)arg, ws, sizeof(ws));
	}
	case TIOCSWINSZ:
		return 0;
	case TIOCGPGRP:
	case TIOCGSID: {
		int pid = 1;
		return copy_to_user((void *)arg, &pid, sizeof(pid));
	}
	case FIONREAD: {
		int avail = head - tail;
		return copy_to_user((void *)arg, &avail, sizeof(avail));
	}
	default:
		return -ENOTTY;
	}
}

void console_flush(void) {} /* writes are synchronous on every platform so far */

static bool is_tty;

void console_set_tty(bool interactive)
{
	is_tty = interactive;
	if (interactive)
		tio.c_oflag = OPOST | ONLCR;
	else
		tio.c_lflag &= ~(ECHO | ECHOE | ECHOK | ISIG); /* a pipe is no terminal: bytes stay bytes */
}

bool console_is_tty(void) { return is_tty; }

const struct file_ops console_ops = {
        .read = console_read,
        .write = console_write,
        .poll = console_poll,
        .ioctl = console_ioctl,
        .mode = S_IFCHR | 0620,
        .tty = true,
        .name = "/dev/console",
};
