/* xs_more.c: XenStore directory/mkdir/rm, permissions (get and set), a transaction, and a watch fired by dom0 writing a key. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

long halvm_xenstore_read(const char *path, char *buf, unsigned long size);
long halvm_xenstore_write(const char *path, const char *value);
long halvm_xenstore_directory(const char *path, char *buf, unsigned long size);
long halvm_xenstore_mkdir(const char *path);
long halvm_xenstore_rm(const char *path);
long halvm_xenstore_get_perms(const char *path, char *buf, unsigned long size);
long halvm_xenstore_set_perms(const char *path, const char *perms, unsigned long len);
long halvm_xenstore_transaction_start(void);
long halvm_xenstore_transaction_end(int commit);
long halvm_xenstore_watch(const char *path, const char *token);
long halvm_xenstore_watch_wait(char *buf, unsigned long size, uint64_t timeout_ns);

static void list(const char *path)
{
	char buf[256];
	long n = halvm_xenstore_directory(path, buf, sizeof buf);
	printf("directory %s:", path);
	for (long i = 0; i < n; i += strlen(buf + i) + 1)
		printf(" %s", buf + i);
	printf("\n");
}

int main(void)
{
	char buf[256], domid[16];
	halvm_xenstore_read("domid", domid, sizeof domid);
	printf("mkdir: %ld\n", halvm_xenstore_mkdir("data/dir"));
	halvm_xenstore_write("data/dir/a", "1");
	halvm_xenstore_write("data/dir/b", "2");
	list("data/dir");
	printf("rm: %ld\n", halvm_xenstore_rm("data/dir/a"));
	list("data/dir");
	long n = halvm_xenstore_get_perms("data/dir", buf, sizeof buf);
	printf("perms: owner is this domain: %s\n", n > 1 && !strcmp(buf + 1, domid) ? "yes" : "no");
	/* Owner: this domain, no access for others ("n"), but read for dom0 ("r0"): "n<domid>\0r0\0". */
	char perms[32];
	int len = snprintf(perms, sizeof perms, "n%s", domid) + 1;
	len += snprintf(perms + len, sizeof perms - len, "r0") + 1;
	printf("set_perms: %ld\n", halvm_xenstore_set_perms("data/dir", perms, len));
	n = halvm_xenstore_get_perms("data/dir", buf, sizeof buf);
	printf("perms read back as set: %s\n",
	       n >= len - 1 && !strcmp(buf, perms) && !strcmp(buf + strlen(buf) + 1, "r0") ? "yes" : "no");
	for (int tries = 0;; tries++) {
		halvm_xenstore_transaction_start();
		long v = halvm_xenstore_read("data/counter", buf, sizeof buf) > 0 ? atol(buf) : 0;
		snprintf(buf, sizeof buf, "%ld", v + 1);
		halvm_xenstore_write("data/counter", buf);
		long r = halvm_xenstore_transaction_end(1);
		if (r == 0 || tries == 5) {
			printf("transaction: %ld\n", r);
			break;
		}
	}
	halvm_xenstore_read("data/counter", buf, sizeof buf);
	printf("counter: %s\n", buf);
	printf("watch: %ld\n", halvm_xenstore_watch("data/watched", "tok"));
	halvm_xenstore_write("data/ready", "1");
	int fired = 0;
	for (int i = 0; i < 5 && !fired; i++) { /* the first event comes when the watch is set */
		if (halvm_xenstore_watch_wait(buf, sizeof buf, 20000000000ull))
			break;
		char v[64];
		fired = strstr(buf, "data/watched") && halvm_xenstore_read("data/watched", v, sizeof v) > 0 &&
		        !strcmp(v, "from dom0");
	}
	printf("watch fired by dom0's write: %s\n", fired ? "yes" : "no");
	return fired ? 0 : 1;
}
