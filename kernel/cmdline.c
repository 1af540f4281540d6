/*
 * cmdline.c: split the boot command line (QEMU -append, Xen cmdline) into
 * kernel options, the program's environment and its argv. The syntax is in
 * docs/cmdline.md:
 *
 *     [KERNEL-OPTION...] -- [NAME=VALUE...] ARGV0 [ARG...]
 *
 * Without `--` the whole line belongs to the program. Tokens are split on
 * unquoted blanks; '...' is literal, "..." honours \" and \\, and a
 * backslash outside quotes takes the next character literally. This file is
 * also compiled into the host unit tests, so it uses nothing but lib.c.
 */
#include "defs.h"

/* Decimal, or hex with 0x; false on junk or overflow. */
static bool parse_u64(const char *s, uint64_t *out)
{
	uint64_t v = 0, base = 10;
	if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
		base = 16, s += 2;
	if (!*s)
		return false;
	for (; *s; s++) {
		unsigned d;
		if (*s >= '0' && *s <= '9')
			d = *s - '0';
		else if (base == 16 && (*s | 32) >= 'a' && (*s | 32) <= 'f')
			d = (*s | 32) - 'a' + 10;
		else
			return false;
		if (v > (UINT64_MAX - d) / base)
			return false;
		v = v * base + d;
	}
	*out = v;
	return true;
}

static bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

static bool is_assignment(const char *t)
{
	if (!((*t >= 'A' && *t <= 'Z') || (*t >= 'a' && *t <= 'z') || *t == '_'))
		return false;
	for (t++; *t != '='; t++)
		if (!*t ||
		    !((*t >= 'A' && *t <= 'Z') || (*t >= 'a' && *t <= 'z') || (*t >= '0' && *t <= '9') || *t == '_'))
			return false;
	return true;
}

/* Split into NUL-terminated tokens in out->buf; returns the count or -1. */
static int tokenize(const char *s, struct cmdline *out, char *tok[], int max)
{
	char *w = out->buf, *end = out->buf + sizeof(out->buf) - 1;
	int n = 0;
	for (;;) {
		while (is_blank(*s))
			s++;
		if (!*s)
			return n;
		if (n == max) {
			out->error = "too many arguments";
			return -1;
		}
		tok[n++] = w;
		char quote = 0;
		for (; *s && (quote || !is_blank(*s)); s++) {
			char c = *s;
			if (quote == '\'' && c == '\'') {
				quote = 0;
				continue;
			}
			if (quote == '"' && c == '"') {
				quote = 0;
				continue;
			}
			if (!quote && (c == '\'' || c == '"')) {
				quote = c;
				continue;
			}
			if (c == '\\' && quote != '\'' && s[1] && (!quote || s[1] == '"' || s[1] == '\\'))
				c = *++s;
			if (w == end) {
				out->error = "command line too long";
				return -1;
			}
			*w++ = c;
		}
		if (quote) {
			out->error = "unterminated quote";
			return -1;
		}
		*w++ = 0;
	}
}

static int kernel_option(const char *t, struct cmdline *out)
{
	uint64_t v;
	if (!strcmp(t, "quiet"))
		out->loglevel = LOG_WARN;
	else if (!strcmp(t, "debug"))
		out->loglevel = LOG_DEBUG;
	else if (!strncmp(t, "loglevel=", 9) && parse_u64(t + 9, &v) && v <= LOG_DEBUG)
		out->loglevel = v;
	else if (!strcmp(t, "tty"))
		out->tty = true;
	else if (!strcmp(t, "strace"))
		out->strace = true;
	else if (!strcmp(t, "stdin=module"))
		out->stdin_mode = STDIN_MODULE;
	else if (!strcmp(t, "stdin=empty"))
		out->stdin_mode = STDIN_EMPTY;
	else if (!strcmp(t, "stdin=console"))
		out->stdin_mode = STDIN_CONSOLE;
	else {
		static char msg[96];
		const char *pre = "unknown kernel option before --: ";
		size_t a = strlen(pre), b = MIN(strlen(t), sizeof(msg) - a - 1);
		memcpy(msg, pre, a);
		memcpy(msg + a, t, b);
		msg[a + b] = 0;
		out->error = msg;
		return -1;
	}
	return 0;
}

int cmdline_parse(const char *line, struct cmdline *out)
{
	static char *tok[2 * MAXARG];
	out->argc = out->envc = 0;
	out->error = 0;
	out->loglevel = -1;
	out->strace = false;
	out->tty = false;
	out->stdin_mode = STDIN_CONSOLE;
	if (strlen(line) > CMDLINE_MAX) {
		out->error = "command line too long";
		return -1;
	}
	int n = tokenize(line, out, tok, ARRAY_SIZE(tok));
	if (n < 0)
		return -1;
	int i = 0, sep = -1;
	for (int j = 0; j < n; j++)
		if (!strcmp(tok[j], "--")) {
			sep = j;
			break;
		}
	if (sep >= 0) {
		for (; i < sep; i++)
			if (kernel_option(tok[i], out))
				return -1;
		i = sep + 1;
	}
	for (; i < n && is_assignment(tok[i]); i++) {
		if (out->envc == MAXARG - 1) {
			out->error = "too many environment variables";
			return -1;
		}
		out->envp[out->envc++] = tok[i];
	}
	for (; i < n; i++) {
		if (out->argc == MAXARG - 1) {
			out->error = "too many arguments";
			return -1;
		}
		out->argv[out->argc++] = tok[i];
	}
	if (out->argc == 0)
		out->argv[out->argc++] = "program";
	out->argv[out->argc] = 0;
	out->envp[out->envc] = 0;
	return 0;
}
