/* stdin_lines.c: line-oriented stdin via stdio: scanf, fgets in pieces, 5000-byte getline, CRLF, no final newline. */
#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>

#include "conformance.h"

int main(void)
{
	int a, b, hex;
	double d;
	char word[32];
	int n = scanf("%d %d %lf %x %31s", &a, &b, &d, &hex, word);
	printf("scanf matched %d: %d %d %g %d '%s'\n", n, a, b, d, hex, word);
	int c = getchar();
	printf("then the newline: %s\n", c == '\n' ? "yes" : "no");

	char small[16];
	fgets(small, sizeof small, stdin);
	printf("fgets: the empty line: %s\n", strcmp(small, "\n") == 0 ? "yes" : "no");
	int pieces = 0;
	while (fgets(small, sizeof small, stdin)) {
		pieces++;
		if (strchr(small, '\n'))
			break;
	}
	printf("fgets with a 16-byte buffer: the next line came in %d pieces, ending '%s'\n", pieces, small);

	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	int count = 0, longest = 0, crlf = 0, no_newline = 0;
	unsigned long sum = 0;
	while ((len = getline(&line, &cap, stdin)) >= 0) {
		count++;
		if (len > longest)
			longest = (int)len;
		if (len >= 2 && line[len - 2] == '\r' && line[len - 1] == '\n')
			crlf++;
		if (len > 0 && line[len - 1] != '\n') {
			no_newline++;
			printf("last line: '%s'\n", line);
		}
		for (ssize_t i = 0; i < len; i++)
			sum = sum * 33 + (unsigned char)line[i];
		if (count <= 3)
			printf("line %d: %zd bytes\n", count, len);
	}
	printf("getline read %d lines, longest %d bytes, %d CRLF, %d without a newline, checksum %lu\n", count, longest,
	       crlf, no_newline, sum);
	int eof = feof(stdin) != 0, err = ferror(stdin) != 0;
	printf("feof %d, ferror %d, getchar %d\n", eof, err, getchar());
	free(line);
	printf("stdin_lines: done\n");
	return 0;
}
