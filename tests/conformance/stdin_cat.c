/* stdin_cat.c: copy stdin to stdout byte-exactly until end-of-file, then report the count and a checksum. */
#include <stdio.h>
#include <unistd.h>

int main(void)
{
	char buf[1000];
	long total = 0;
	unsigned sum = 0;
	ssize_t n;
	while ((n = read(0, buf, sizeof buf)) > 0) {
		write(1, buf, n);
		total += n;
		for (ssize_t i = 0; i < n; i++)
			sum = sum * 31 + (unsigned char)buf[i];
	}
	printf("\n-- %ld bytes, checksum %08x, last read %zd\n", total, sum, n);
	printf("read after EOF: %zd\n", read(0, buf, 1));
	return 0;
}
