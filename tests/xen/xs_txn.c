/* xs_txn.c: a XenStore transaction that loses a race gets EAGAIN and is retried. Each try reads
 * data/counter, waits 300 ms inside the transaction, writes counter + 1 and commits; dom0
 * (tests/xen/run.sh) writes data/counter every 100 ms for about a second after data/ready, so the
 * first commits conflict and a later one, after dom0 has stopped, goes through. */
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
	while (tries < 40 && r != 0) {
		tries++;
		if (halvm_xenstore_transaction_start())
			break;
		long v = halvm_xenstore_read("data/counter", buf, sizeof buf) > 0 ? atol(buf) : -1;
		nanosleep(&(struct timespec){0, 300000000}, NULL);
		snprintf(buf, sizeof buf, "%ld", v + 1);
		halvm_xenstore_write("data/counter", buf);
		r = halvm_xenstore_transaction_end(1);
		if (first == 1)
			first = r;
	}
	printf("first commit: %ld (EAGAIN is -11)\n", first);
	printf("committed after %d tries: %s\n", tries, r == 0 ? "yes" : "no");
	halvm_xenstore_read("data/counter", buf, sizeof buf);
	printf("counter: %s\n", buf);
	return r == 0 && first == -11 ? 0 : 1;
}
