/* xs_txn.c: a XenStore transaction that loses a race gets EAGAIN and is retried. Each try
 * reads data/counter and writes data/result = counter + 1. The first one says "in transaction"
 * on the console and waits 3 s before it writes and commits; dom0 (tests/xen/run.sh), watching
 * the console log, writes data/counter = 10 meanwhile, so that commit must fail with EAGAIN.
 * The retry reads 10 and commits result 11. (xenstored checks the nodes a transaction read but
 * did not write: a read-modify-write of one node would simply overwrite dom0's value.) The
 * handshake is on the console because every XenStore request the domain makes inside the
 * transaction belongs to it. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

long halvm_xenstore_read(const char *path, char *buf, unsigned long size);
long halvm_xenstore_write(const char *path, const char *value);
long halvm_xenstore_transaction_start(void);
long halvm_xenstore_transaction_end(int commit);

int main(void)
{
	char buf[32];
	halvm_xenstore_write("data/counter", "0");
	halvm_xenstore_write("data/ready", "1");
	long first = 1, r = -1;
	int tries = 0;
	while (tries < 5 && r != 0) {
		tries++;
		if (halvm_xenstore_transaction_start())
			break;
		long v = halvm_xenstore_read("data/counter", buf, sizeof buf) > 0 ? atol(buf) : -1;
		if (tries == 1) {
			printf("xs_txn: in transaction, counter %ld\n", v);
			fflush(stdout);
			struct timespec t0, t1;
			clock_gettime(CLOCK_MONOTONIC, &t0);
			int s = nanosleep(&(struct timespec){3, 0}, NULL);
			clock_gettime(CLOCK_MONOTONIC, &t1);
			printf("xs_txn: slept %ld ms (nanosleep %d)\n",
			       (t1.tv_sec - t0.tv_sec) * 1000 + (t1.tv_nsec - t0.tv_nsec) / 1000000, s);
		}
		snprintf(buf, sizeof buf, "%ld", v + 1);
		halvm_xenstore_write("data/result", buf);
		r = halvm_xenstore_transaction_end(1);
		if (first == 1)
			first = r;
	}
	printf("first commit: %ld (EAGAIN is -11)\n", first);
	printf("committed after %d tries: %s\n", tries, r == 0 ? "yes" : "no");
	halvm_xenstore_read("data/result", buf, sizeof buf);
	printf("result: %s\n", buf);
	return r == 0 && first == -11 ? 0 : 1;
}
