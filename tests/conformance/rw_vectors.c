/* rw_vectors.c: readv/writev with many and empty iovecs, zero lengths, pread/pwrite/preadv/pwritev, pipe capacity. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <string.h>
#include <signal.h>
#include <sys/time.h>
#include <sys/uio.h>
#include <unistd.h>

#include "conformance.h"

static void on_alarm(int sig) { (void)sig; }

int main(void)
{
	int p[2];
	pipe(p);
	char buf[256];

	printf("-- zero lengths\n");
	SHOW("write 0 bytes to a pipe", write(p[1], buf, 0));
	/* Returns 0 at once. A SIGALRM 1 s later ends the read if a kernel blocks here, which
	 * then shows as a slow return instead of a hang. */
	signal(SIGALRM, on_alarm);
	siginterrupt(SIGALRM, 1);
	setitimer(ITIMER_REAL, &(struct itimerval){{0, 0}, {1, 0}}, NULL);
	double t0 = mono_now();
	SHOW("read 0 bytes from an empty pipe", read(p[0], buf, 0));
	YESNO("  at once (< 500 ms)", mono_now() - t0 < 0.5);
	setitimer(ITIMER_REAL, &(struct itimerval){{0, 0}, {0, 0}}, NULL);
	SHOW("writev with 0 iovecs", writev(p[1], NULL, 0));
	struct iovec empty[2] = {{buf, 0}, {buf, 0}};
	SHOW("writev of two empty iovecs", writev(p[1], empty, 2));

	printf("-- many iovecs\n");
	struct iovec wv[16];
	static char src[16][16];
	size_t total = 0;
	for (int i = 0; i < 16; i++) {
		memset(src[i], 'a' + i, sizeof src[i]);
		wv[i].iov_base = src[i];
		wv[i].iov_len = (size_t)(i % 4 == 3 ? 0 : i + 1); /* some empty ones in between */
		total += wv[i].iov_len;
	}
	printf("writev of 16 iovecs (%zu bytes): %zd\n", total, writev(p[1], wv, 16));
	char dst[3][40];
	memset(dst, '.', sizeof dst);
	struct iovec rv[3] = {{dst[0], 7}, {dst[1], 0}, {dst[2], 40}};
	ssize_t n = readv(p[0], rv, 3);
	printf("readv into 7+0+40: %zd: '%.7s' '%.40s'\n", n, dst[0], dst[2]);
	n = read(p[0], buf, sizeof buf);
	printf("the rest: %zd: '%.*s'\n", n, (int)(n > 0 ? n : 0), buf);

	printf("-- readv gets what is there\n");
	write(p[1], "short", 5);
	struct iovec big[2] = {{dst[0], 40}, {dst[1], 40}};
	SHOW("readv of 80 with 5 in the pipe", readv(p[0], big, 2));
	printf("got '%.5s'\n", dst[0]);

	printf("-- IOV_MAX\n");
	static struct iovec maxv[IOV_MAX];
	for (int i = 0; i < IOV_MAX; i++)
		maxv[i] = (struct iovec){"x", 1};
	int nul = open("/dev/null", O_RDWR);
	SHOW("writev of IOV_MAX iovecs to /dev/null", writev(nul, maxv, IOV_MAX));
	SHOW("writev of IOV_MAX iovecs to a pipe", writev(p[1], maxv, IOV_MAX));
	SHOW("read them back", read(p[0], buf, sizeof buf) + read(p[0], buf, sizeof buf) + read(p[0], buf, sizeof buf) +
	                               read(p[0], buf, sizeof buf));

	printf("-- positioned I/O\n");
	SHOW("pread /dev/null", pread(nul, buf, 10, 5));
	SHOW("pwrite /dev/null", pwrite(nul, "abc", 3, 5));
	SHOW("pread /dev/null at a negative offset", pread(nul, buf, 10, -1));
	struct iovec pv[2] = {{buf, 3}, {buf + 3, 4}};
	SHOW("preadv /dev/null", preadv(nul, pv, 2, 0));
	SHOW("pwritev /dev/null", pwritev(nul, pv, 2, 0));
	SHOW("preadv on a pipe", preadv(p[0], pv, 2, 0));
	SHOW("pwritev on a pipe", pwritev(p[1], pv, 2, 0));

	printf("-- a pipe holds 64 KiB\n");
	fcntl(p[1], F_SETFL, O_NONBLOCK);
	static unsigned char pattern[100000], back[100000];
	for (size_t i = 0; i < sizeof pattern; i++)
		pattern[i] = (unsigned char)(i * 7 + i / 251);
	struct iovec halves[2] = {{pattern, 50000}, {pattern + 50000, 50000}};
	ssize_t w = writev(p[1], halves, 2);
	printf("nonblocking writev of 100000 bytes wrote %zd\n", w);
	SHOW("the next write", write(p[1], "x", 1));
	size_t got = 0;
	while (got < (size_t)w) {
		ssize_t r = read(p[0], back + got, 4096);
		if (r <= 0)
			break;
		got += (size_t)r;
	}
	printf("read back %zu bytes, same: %s\n", got, memcmp(pattern, back, got) ? "no" : "yes");
	SHOW("write after draining", write(p[1], "x", 1));
	printf("rw_vectors: done\n");
	return 0;
}
