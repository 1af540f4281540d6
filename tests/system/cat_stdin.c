/* cat_stdin.c: copy stdin to stdout until end-of-file, then report the byte count on stderr. */
#include <stdio.h>
#include <unistd.h>

int main(void)
{
	char buf[256];
	long n, total = 0;
	while ((n = read(0, buf, sizeof buf)) > 0) {
		write(1, buf, n);
		total += n;
	}
	fprintf(stderr, "total %ld n=%ld\n", total, n);
	return 0;
}
