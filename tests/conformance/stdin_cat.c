/* stdin_cat.c: copy stdin to stdout byte-exactly (all 256 byte values) until EOF; report count and checksum. */
#define _GNU_SOURCE
#include <unistd.h>

#include "conformance.h"

int main(void)
{
	char buf[1000];
	long total = 0;
	unsigned sum = 0;
	ssize_t n;
	while ((n = read(0, buf, sizeof buf)) > 0) {
		for (ssize_t off = 0; off < n;) {
			ssize_t w = write(1, buf + off, (size_t)(n - off));
			if (w <= 0)
				return 2;
			off += w;
		}
		total += n;
		for (ssize_t i = 0; i < n; i++)
			sum = sum * 31 + (unsigned char)buf[i];
	}
	printf("\n-- %ld bytes, checksum %08x, last read %zd\n", total, sum, n);
	SHOW("read after end-of-file", read(0, buf, 1));
	SHOW("and again", read(0, buf, sizeof buf));
	printf("stdin_cat: done\n");
	return 0;
}
