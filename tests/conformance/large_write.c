/* large_write.c: ~200 KB to stdout in raw writes of odd sizes, then stdio, then _exit at once: nothing lost. */
#define _GNU_SOURCE
#include <string.h>
#include <unistd.h>

#include "conformance.h"

static char block[120000];

static void put(const char *p, size_t n)
{
	while (n > 0) {
		ssize_t w = write(1, p, n);
		if (w <= 0)
			_exit(3);
		p += w;
		n -= (size_t)w;
	}
}

int main(void)
{
	/* A text block of numbered 60-byte lines. */
	size_t len = 0;
	for (int i = 0; len + 61 < sizeof block; i++)
		len += (size_t)snprintf(block + len, sizeof block - len,
		                        "raw line %06d: the quick brown fox jumps over the lazy dog\n", i);

	/* The same bytes cut into pieces of very different sizes. */
	static const size_t sizes[] = {1, 7, 60, 4095, 4096, 4097, 65536, 1, 33};
	size_t off = 0;
	for (unsigned k = 0; off < len; k = (k + 1) % (sizeof sizes / sizeof sizes[0])) {
		size_t n = sizes[k] < len - off ? sizes[k] : len - off;
		put(block + off, n);
		off += n;
	}
	/* And once more as a single write. */
	put(block, len);

	static char buf[BUFSIZ];
	setvbuf(stdout, buf, _IOFBF, sizeof buf);
	for (int i = 0; i < 1000; i++)
		printf("stdio line %04d %s\n", i, i % 2 ? "odd" : "even");
	printf("total raw bytes %zu\n", 2 * len);
	fflush(stdout);
	put("the last bytes, then _exit(0) at once", 38);
	_exit(0);
}
