/* string_math.c: libm, strtod/strtol edge cases, printf of doubles, rounding modes, qsort/bsearch, string functions. */
#define _GNU_SOURCE
#include <fenv.h>
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "conformance.h"

static int cmp_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;
	return (x > y) - (x < y);
}
static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static void show_strtod(const char *s)
{
	char *end;
	errno = 0;
	double d = strtod(s, &end);
	printf("strtod(\"%s\") = %.17g [%a] %s, rest \"%s\"\n", s, d, d, errname(errno), end);
}

static void show_strtol(const char *s, int base)
{
	char *end;
	errno = 0;
	long v = strtol(s, &end, base);
	printf("strtol(\"%s\", %d) = %ld %s, rest \"%s\"\n", s, base, v, errname(errno), end);
}

int main(void)
{
	printf("-- libm\n");
	static const double xs[] = {0.5, 1.0, 2.0, 3.14159, 10.0, 1e-5, 123456.789, -0.75};
	for (unsigned i = 0; i < sizeof xs / sizeof xs[0]; i++) {
		double x = xs[i];
		printf("%.17g: sin %.17g cos %.17g tan %.17g exp %.17g log %.17g\n", x, sin(x), cos(x), tan(x), exp(x),
		       log(fabs(x)));
		printf("  sqrt %.17g cbrt %.17g pow %.17g atan2 %.17g expm1 %.17g log1p %.17g erf %.17g lgamma %.17g\n",
		       sqrt(fabs(x)), cbrt(x), pow(fabs(x), 1.7), atan2(x, 3), expm1(x), log1p(fabs(x)), erf(x),
		       lgamma(fabs(x)));
	}
	printf("hypot %.17g fmod %.17g remainder %.17g fma %.17g nextafter %a\n", hypot(3, 4.5), fmod(10.5, 3.2),
	       remainder(10.5, 3.2), fma(1.0000001, 1e8, -1e8), nextafter(1.0, 2.0));
	int ex;
	double fr = frexp(1234.5, &ex), ip, frac = modf(-3.75, &ip);
	printf("frexp %.17g %d, ldexp %.17g, modf %.17g %.17g\n", fr, ex, ldexp(0.75, 20), frac, ip);
	printf("sinf %.9g expf %.9g logf %.9g powf %.9g\n", (double)sinf(0.7f), (double)expf(2.5f), (double)logf(7.0f),
	       (double)powf(2.5f, 3.3f));
	printf("sqrtl(2) %.20Lg, 1/3L %.20Lg, expl(1) %.20Lg\n", sqrtl(2.0L), 1.0L / 3.0L, expl(1.0L));

	printf("-- rounding modes\n");
	static const int modes[] = {FE_TONEAREST, FE_UPWARD, FE_DOWNWARD, FE_TOWARDZERO};
	static const char *names[] = {"to nearest", "upward", "downward", "toward zero"};
	for (int i = 0; i < 4; i++) {
		fesetround(modes[i]);
		volatile double a = 1.0, b = 3.0;
		printf("%-11s rint(2.5) %g rint(-2.5) %g 1/3 %.17g lrint(7.5) %ld\n", names[i], rint(2.5), rint(-2.5),
		       a / b, lrint(7.5));
	}
	fesetround(FE_TONEAREST);
	feclearexcept(FE_ALL_EXCEPT);
	volatile double zero = 0.0;
	volatile double inf = 1.0 / zero;
	printf("1/0 = %g, FE_DIVBYZERO raised: %d\n", inf, fetestexcept(FE_DIVBYZERO) != 0);

	printf("-- printf of doubles\n");
	printf("%f %e %g %a\n", 0.1, 0.1, 0.1, 0.1);
	printf("%.0f %.3f %10.4f|%-10.2e|\n", 2.5, -0.0005, M_PI, 6.02214076e23);
	printf("%f\n", 1e300);
	printf("%g %g %g %g %f %F\n", NAN, -NAN, INFINITY, -INFINITY, NAN, INFINITY);
	printf("%.17g %.17g %g %g\n", DBL_MIN, DBL_MAX, 4.9e-324, -0.0);

	printf("-- strtod\n");
	static const char *ds[] = {"0.1", "1e308", "1e309",     "-1e309", "4.9e-324", "1e-400", "0x1.8p3",
	                           "nan", "-inf",  "  12.5abc", "abc",    "1e",       "0x",     ".5e-3"};
	for (unsigned i = 0; i < sizeof ds / sizeof ds[0]; i++)
		show_strtod(ds[i]);
	printf("strtof(\"3.4028236e38\") = %g, strtold(\"1.1\") = %.20Lg\n", (double)strtof("3.4028236e38", NULL),
	       strtold("1.1", NULL));

	printf("-- strtol\n");
	show_strtol("  -42xyz", 10);
	show_strtol("0x1F", 16);
	show_strtol("0x1F", 0);
	show_strtol("0755", 0);
	show_strtol("z", 36);
	show_strtol("9223372036854775807", 10);
	show_strtol("9223372036854775808", 10);
	show_strtol("-9223372036854775809", 10);
	show_strtol("12", 1);
	errno = 0;
	unsigned long long u = strtoull("18446744073709551615", NULL, 10);
	printf("strtoull max = %llu %s\n", u, errname(errno));
	printf("atoi(\"  +17\") = %d, atol(\"-5x\") = %ld\n", atoi("  +17"), atol("-5x"));

	printf("-- qsort and bsearch\n");
	static int v[2000];
	uint32_t s = 1;
	for (int i = 0; i < 2000; i++) {
		s = s * 1664525u + 1013904223u;
		v[i] = (int)(s >> 8) % 100000 - 50000;
	}
	qsort(v, 2000, sizeof v[0], cmp_int);
	int sorted = 1;
	long sum = 0;
	for (int i = 0; i < 2000; i++) {
		sorted &= i == 0 || v[i - 1] <= v[i];
		sum += (long)v[i] * (i + 1);
	}
	printf("2000 ints sorted: %s, min %d max %d weighted sum %ld\n", sorted ? "yes" : "no", v[0], v[1999], sum);
	int key = v[1234];
	int *found = bsearch(&key, v, 2000, sizeof v[0], cmp_int);
	printf("bsearch finds %d: %s\n", key, found && *found == key ? "yes" : "no");
	const char *w[] = {"pear", "apple", "fig", "banana", "Cherry", "apple pie"};
	qsort(w, 6, sizeof w[0], cmp_str);
	printf("strings sorted: %s, %s, %s, %s, %s, %s\n", w[0], w[1], w[2], w[3], w[4], w[5]);

	printf("-- strings\n");
	char buf[64] = "0123456789";
	memmove(buf + 2, buf, 8);
	printf("memmove overlapping forward: %s\n", buf);
	memmove(buf, buf + 3, 7);
	printf("memmove overlapping backward: %s\n", buf);
	printf("strstr: %s, strrchr: %s, memchr: %s\n", strstr("haystack with needle inside", "needle"),
	       strrchr("a/b/c", '/'), (const char *)memchr("find the x here", 'x', 15));
	printf("strspn %zu strcspn %zu strnlen %zu strlen %zu\n", strspn("aaabbbccc", "ab"),
	       strcspn("hello, world", ",;"), strnlen("abc", 2), strlen("twelve chars"));
	printf("strcasecmp %d, strncmp %d, strcmp sign %d\n", strcasecmp("HeLLo", "hello"), strncmp("abcX", "abcY", 3),
	       strcmp("a", "b") < 0);
	char tok[] = "a,b;;c, d";
	printf("strtok:");
	for (char *t = strtok(tok, ",; "); t; t = strtok(NULL, ",; "))
		printf(" [%s]", t);
	printf("\n");
	char pad[8];
	strncpy(pad, "ab", sizeof pad);
	printf("strncpy pads with NULs: %s\n", pad[2] == 0 && pad[7] == 0 ? "yes" : "no");
	char *dup = strdup("duplicated");
	printf("strdup: %s\n", dup);
	free(dup);
	unsigned __int128 big = (unsigned __int128)UINT64_MAX * UINT64_MAX;
	printf("128-bit product: high %#llx low %#llx\n", (unsigned long long)(big >> 64), (unsigned long long)big);
	printf("string_math: done\n");
	return 0;
}
