/* xs_self.c: the kernel's XenStore C API from a program: own domid and name, write/read under its own area, EACCES
 * elsewhere. */
#include <stdio.h>
#include <string.h>

long halvm_xenstore_read(const char *path, char *buf, unsigned long size);
long halvm_xenstore_write(const char *path, const char *value);

int main(void)
{
	char buf[256];
	long r = halvm_xenstore_read("domid", buf, sizeof buf);
	printf("domid: %s (%ld)\n", r > 0 ? buf : "?", r);
	r = halvm_xenstore_read("name", buf, sizeof buf);
	printf("name: %s\n", r > 0 ? buf : "?");
	printf("write data/greeting: %ld\n", halvm_xenstore_write("data/greeting", "hello from the guest"));
	r = halvm_xenstore_read("data/greeting", buf, sizeof buf);
	printf("read back: %s\n", r > 0 ? buf : "?");
	printf("missing key: %ld (ENOENT is -2)\n", halvm_xenstore_read("data/no-such-key", buf, sizeof buf));
	printf("dom0's key: %ld (EACCES is -13)\n", halvm_xenstore_read("/local/domain/0/name", buf, sizeof buf));
	return 0;
}
