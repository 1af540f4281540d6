/* math_libm.c: libm and strtod/printf of doubles must be bit-identical to native musl. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int cmp(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

int main(void)
{
	double xs[] = {0.5, 1.0, 2.0, 3.14159, 10.0, 1e-5, 123456.789};
	for (unsigned i = 0; i < sizeof xs / sizeof xs[0]; i++) {
		double x = xs[i];
		printf("%.17g: sin %.17g cos %.17g exp %.17g log %.17g sqrt %.17g pow %.17g atan2 %.17g\n", x, sin(x), cos(x),
		       exp(x), log(x), sqrt(x), pow(x, 1.7), atan2(x, 3));
	}
	printf("strtod: %.17g %.17g %g\n", strtod("0.1", 0), strtod("1e308", 0), strtod("inf", 0));
	printf("nan: %f, -0: %g, denormal %g\n", NAN, -0.0, 4.9e-324);
	const char *w[] = {"pear", "apple", "fig", "banana"};
	qsort(w, 4, sizeof w[0], cmp);
	printf("qsort: %s %s %s %s\n", w[0], w[1], w[2], w[3]);
	long double ld = 1.0L / 3;
	printf("long double: %.20Lg\n", ld);
	return 0;
}
