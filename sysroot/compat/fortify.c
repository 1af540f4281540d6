/*
 * fortify.c: glibc's _FORTIFY_SOURCE entry points, for static archives the
 * distribution built against glibc (libgmp.a, libffi.a, libz.a, ...) and
 * links unchanged against musl. Each checks its bound like glibc and then
 * calls the plain musl function; a violated bound ends the program the way
 * glibc does (a message, then abort -> status 134).
 *
 * Symbols and why they are here (`nm -u` of Debian 12's archives; GHC's own
 * libraries reference none of them):
 *   __fprintf_chk, __printf_chk, __snprintf_chk, __vsnprintf_chk,
 *   __vsprintf_chk    libgmp.a (printf-family calls, e.g. in its error paths)
 *   __snprintf_chk, __vsnprintf_chk    libz.a
 *   __vfprintf_chk, __sprintf_chk, __memcpy_chk, __memmove_chk,
 *   __memset_chk, __strcpy_chk, __strcat_chk, __strncpy_chk,
 *   __explicit_bzero_chk    none of the shipped archives today: the rest of
 *       what gcc's _FORTIFY_SOURCE=2 emits most often, for other distro -dev
 *       archives a program may link (a missing one is a link error, not a
 *       silent fault, so the list can grow when one shows up)
 * libffi.a needs nothing from here. libgmp.a's obstack printf functions
 * (obstack_vprintf) stay unresolved: they are linked only by programs that
 * call gmp_obstack_printf, which musl cannot offer.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static _Noreturn void chk_fail(void)
{
	static const char msg[] = "*** buffer overflow detected ***: terminated\n";
	write(2, msg, sizeof(msg) - 1);
	abort();
}

int __fprintf_chk(FILE *f, int flag, const char *fmt, ...)
{
	(void)flag;
	va_list ap;
	va_start(ap, fmt);
	int r = vfprintf(f, fmt, ap);
	va_end(ap);
	return r;
}

int __printf_chk(int flag, const char *fmt, ...)
{
	(void)flag;
	va_list ap;
	va_start(ap, fmt);
	int r = vprintf(fmt, ap);
	va_end(ap);
	return r;
}

int __vfprintf_chk(FILE *f, int flag, const char *fmt, va_list ap)
{
	(void)flag;
	return vfprintf(f, fmt, ap);
}

int __vsnprintf_chk(char *s, size_t n, int flag, size_t slen, const char *fmt, va_list ap)
{
	(void)flag;
	if (n > slen)
		chk_fail();
	return vsnprintf(s, n, fmt, ap);
}

int __snprintf_chk(char *s, size_t n, int flag, size_t slen, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = __vsnprintf_chk(s, n, flag, slen, fmt, ap);
	va_end(ap);
	return r;
}

int __vsprintf_chk(char *s, int flag, size_t slen, const char *fmt, va_list ap)
{
	(void)flag;
	int r = vsnprintf(s, slen, fmt, ap);
	if (r >= 0 && (size_t)r >= slen)
		chk_fail();
	return r;
}

int __sprintf_chk(char *s, int flag, size_t slen, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = __vsprintf_chk(s, flag, slen, fmt, ap);
	va_end(ap);
	return r;
}

void *__memcpy_chk(void *d, const void *s, size_t n, size_t dlen)
{
	if (n > dlen)
		chk_fail();
	return memcpy(d, s, n);
}

void *__memmove_chk(void *d, const void *s, size_t n, size_t dlen)
{
	if (n > dlen)
		chk_fail();
	return memmove(d, s, n);
}

void *__memset_chk(void *d, int c, size_t n, size_t dlen)
{
	if (n > dlen)
		chk_fail();
	return memset(d, c, n);
}

char *__strcpy_chk(char *d, const char *s, size_t dlen)
{
	if (strlen(s) >= dlen)
		chk_fail();
	return strcpy(d, s);
}

char *__strncpy_chk(char *d, const char *s, size_t n, size_t dlen)
{
	if (n > dlen)
		chk_fail();
	return strncpy(d, s, n);
}

char *__strcat_chk(char *d, const char *s, size_t dlen)
{
	if (strlen(d) + strlen(s) >= dlen)
		chk_fail();
	return strcat(d, s);
}

void __explicit_bzero_chk(void *d, size_t n, size_t dlen)
{
	if (n > dlen)
		chk_fail();
	explicit_bzero(d, n);
}
