/*
 * log.c: the kernel log. A small printf (d i u x p s c, l/ll/z, width, 0 and
 * - flags) that never allocates, writing to the platform's log console and,
 * always, to port 0xe9 so halvm-run keeps a full copy. panic() lives here
 * because it must work with nothing but these routines.
 */
#include "defs.h"
#include "platform.h"

int log_level = LOG_INFO;

struct out {
	char *buf;
	size_t size, len;
	void (*flush)(const char *s, size_t n);
};

static void out_putc(struct out *o, char c)
{
	if (o->len + 1 < o->size)
		o->buf[o->len++] = c;
	else if (o->flush) {
		o->flush(o->buf, o->len);
		o->len = 0;
		o->buf[o->len++] = c;
	}
}

static void out_num(struct out *o, uint64_t v, int base, bool neg, int width, char pad, bool left, bool upper)
{
	char tmp[24];
	const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
	int n = 0;
	do {
		tmp[n++] = digits[v % base];
		v /= base;
	} while (v);
	int total = n + neg;
	if (neg && pad == '0')
		out_putc(o, '-');
	if (!left)
		for (; total < width; total++)
			out_putc(o, pad);
	if (neg && pad != '0')
		out_putc(o, '-');
	while (n)
		out_putc(o, tmp[--n]);
	if (left)
		for (; total < width; total++)
			out_putc(o, ' ');
}

static void format(struct out *o, const char *fmt, va_list ap)
{
	for (; *fmt; fmt++) {
		if (*fmt != '%') {
			out_putc(o, *fmt);
			continue;
		}
		bool left = false;
		char pad = ' ';
		int width = 0, lng = 0;
		fmt++;
		for (;; fmt++) {
			if (*fmt == '-')
				left = true;
			else if (*fmt == '0')
				pad = '0';
			else
				break;
		}
		for (; *fmt >= '0' && *fmt <= '9'; fmt++)
			width = width * 10 + (*fmt - '0');
		for (; *fmt == 'l' || *fmt == 'z'; fmt++)
			lng++;
		switch (*fmt) {
		case 'd':
		case 'i': {
			int64_t v = lng ? va_arg(ap, int64_t) : va_arg(ap, int);
			out_num(o, v < 0 ? -(uint64_t)v : (uint64_t)v, 10, v < 0, width, pad, left, false);
			break;
		}
		case 'u':
			out_num(o, lng ? va_arg(ap, uint64_t) : va_arg(ap, unsigned), 10, false, width, pad, left,
			        false);
			break;
		case 'x':
		case 'X':
			out_num(o, lng ? va_arg(ap, uint64_t) : va_arg(ap, unsigned), 16, false, width, pad, left,
			        *fmt == 'X');
			break;
		case 'p':
			out_putc(o, '0');
			out_putc(o, 'x');
			out_num(o, (uint64_t)va_arg(ap, void *), 16, false, 16, '0', false, false);
			break;
		case 's': {
			const char *s = va_arg(ap, const char *);
			if (!s)
				s = "(null)";
			int n = strlen(s);
			if (!left)
				for (; n < width; n++)
					out_putc(o, ' ');
			while (*s)
				out_putc(o, *s++);
			if (left)
				for (; n < width; n++)
					out_putc(o, ' ');
			break;
		}
		case 'c':
			out_putc(o, (char)va_arg(ap, int));
			break;
		case '%':
			out_putc(o, '%');
			break;
		default:
			out_putc(o, '%');
			out_putc(o, *fmt);
			if (!*fmt)
				return;
		}
	}
}

int ksnprintf(char *buf, size_t size, const char *fmt, ...)
{
	struct out o = {buf, size, 0, 0};
	va_list ap;
	va_start(ap, fmt);
	format(&o, fmt, ap);
	va_end(ap);
	if (size)
		buf[o.len] = 0;
	return o.len;
}

/* Every log byte goes to port 0xe9 (halvm-run's log file) and to the platform log console. */
void log_write(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		early_putc(s[i]);
	if (platform && platform->log_write)
		platform->log_write(s, n);
}

void kvprintf(const char *fmt, va_list ap)
{
	char buf[256];
	struct out o = {buf, sizeof(buf), 0, log_write};
	format(&o, fmt, ap);
	log_write(buf, o.len);
}

void kprintf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	kvprintf(fmt, ap);
	va_end(ap);
}

void klog(int level, const char *fmt, ...)
{
	static const char *const prefix[] = {"halvm: error: ", "halvm: warning: ", "halvm: ", "halvm: debug: "};
	if (level > log_level)
		return;
	va_list ap;
	va_start(ap, fmt);
	kprintf("%s", prefix[level]);
	kvprintf(fmt, ap);
	va_end(ap);
}

noreturn void panic_at(const char *file, int line, const char *fmt, ...)
{
	static int nested;
	__asm__ volatile("cli");
	if (nested++ == 0) {
		va_list ap;
		va_start(ap, fmt);
		kprintf("\nhalvm: PANIC at %s:%d: ", file, line);
		kvprintf(fmt, ap);
		va_end(ap);
		kprintf("\n");
		uint64_t rbp;
		__asm__ volatile("mov %%rbp, %0" : "=r"(rbp));
		backtrace(rbp, (uint64_t)__builtin_return_address(0));
	}
	proc_exit(EXIT_PANIC);
}
