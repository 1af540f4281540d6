/*
 * host.h: what the kernel files under test expect from the rest of the kernel, supplied on the
 * host: a fake physmap (a malloc'd arena standing in for RAM), page-table calls recorded
 * instead of performed, and a tiny test framework (CHECK, TEST, run_tests).
 */
#ifndef HALVM_HOST_H
#define HALVM_HOST_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern int checks_failed;
#define CHECK(c)                                                                                                       \
	do {                                                                                                           \
		if (!(c)) {                                                                                            \
			printf("    check failed: %s (%s:%d)\n", #c, __FILE__, __LINE__);                              \
			checks_failed++;                                                                               \
		}                                                                                                      \
	} while (0)

struct test {
	const char *name;
	void (*fn)(void);
};
int run_tests(const char *suite, const struct test *t, int n, int argc, char **argv);

#endif
