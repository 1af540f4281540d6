/* stdio_buffering.c: setvbuf modes interleaved with raw write(1), fflush, memory streams, fopen, printf formats. */
#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "conformance.h"

static void raw(const char *s) { write(1, s, strlen(s)); }

int main(void)
{
	/* stdout's default buffering differs (the HaLVM console is a terminal, a native pipe is
	 * not), so every mode is chosen explicitly. */
	static char full[4096];
	setvbuf(stdout, full, _IOFBF, sizeof full);
	printf("1: printf into a full buffer\n");
	raw("2: a raw write overtakes the buffered printf\n");
	fflush(stdout);
	raw("3: after fflush, order is restored\n");

	setvbuf(stdout, NULL, _IOLBF, 0);
	printf("4: line buffered: out at the newline\n");
	raw("5: raw write after it\n");
	printf("7: a partial line waits... ");
	raw("6: raw write overtakes the partial line\n");
	printf("until its newline\n");

	setvbuf(stdout, NULL, _IONBF, 0);
	printf("8: unbuffered ");
	raw("(9: raw) ");
	printf("10: pieces in order\n");

	static char tiny[8];
	setvbuf(stdout, tiny, _IOFBF, sizeof tiny);
	printf("11: a line longer than the 8-byte buffer goes out in pieces\n");
	fflush(stdout);
	setvbuf(stdout, NULL, _IOLBF, 0);

	printf("-- returns\n");
	printf("printf returns %d\n", printf("12345\n"));
	printf("puts returns >= 0: %s\n", puts("puts line") >= 0 ? "yes" : "no");
	printf("fwrite returns %zu\n", fwrite("abc\n", 1, 4, stdout));
	printf("putchar returns %d\n", putchar('\n'));
	char small[8];
	volatile size_t small_size = sizeof small; /* keeps gcc from warning about the truncation */
	int sn = snprintf(small, small_size, "%s", "truncated text");
	printf("snprintf into 8 bytes returns %d: '%s'\n", sn, small);
	printf("%d %5.2f %-6s| %x %o %e %g %c %% %+d %05d %.3s %lld %zu\n", -42, 3.14159, "ab", 255, 8, 12345.678,
	       0.0001, 'z', 7, 42, "abcdef", -9000000000LL, (size_t)123);

	printf("-- memory streams\n");
	char mem[64] = {0};
	FILE *f = fmemopen(mem, sizeof mem, "w");
	fprintf(f, "into fmemopen %d", 99);
	fclose(f);
	printf("fmemopen: '%s'\n", mem);
	char *dyn = NULL;
	size_t dlen = 0;
	f = open_memstream(&dyn, &dlen);
	for (int i = 0; i < 100; i++)
		fprintf(f, "%d,", i);
	fclose(f);
	printf("open_memstream: %zu bytes, starts '%.10s', ends '%s'\n", dlen, dyn, dyn + dlen - 6);
	free(dyn);

	printf("-- files\n");
	errno = 0;
	FILE *missing = fopen("/nope.txt", "r");
	printf("fopen /nope.txt: %s %s\n", missing ? "opened?!" : "NULL", errname(errno));
	FILE *nw = fopen("/dev/null", "w");
	printf("fopen /dev/null w: %s\n", nw ? "ok" : "NULL");
	if (nw) {
		int wrote = fprintf(nw, "discarded %d\n", 1);
		printf("  fprintf %d, fclose %d\n", wrote, fclose(nw));
	}
	FILE *nr = fopen("/dev/null", "r");
	printf("fopen /dev/null r: %s\n", nr ? "ok" : "NULL");
	if (nr) {
		int ch = fgetc(nr);
		printf("  fgetc %d, feof %d\n", ch, feof(nr) != 0);
		fclose(nr);
	}
	int pushed = ungetc('Q', stdin);
	printf("ungetc onto stdin: %d, then getchar %d\n", pushed, getchar());

	printf("stdio_buffering: done, and the last line has no newline");
	return 0;
}
