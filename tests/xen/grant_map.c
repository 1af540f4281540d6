/* grant_map.c: maps a page that dom0 granted (tests/xen/gntshr_peer.c), reads dom0's text, writes a reply into the
 * same page for dom0 to read, unmaps it, and checks the errors for a bad address and a bad grant reference. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

long halvm_xenstore_read(const char *path, char *buf, unsigned long size);
long halvm_xenstore_write(const char *path, const char *value);
long halvm_xenstore_watch(const char *path, const char *token);
long halvm_xenstore_watch_wait(char *buf, unsigned long size, unsigned long long timeout_ns);
long halvm_grant_map(int domid, unsigned ref, int readonly, void **addr);
long halvm_grant_unmap(void *addr);

/* Wait (up to 20 s) until data/KEY exists; its value in buf. */
static int wait_key(const char *key, char *buf, unsigned long size)
{
	char path[64], ev[128];
	snprintf(path, sizeof path, "data/%s", key);
	for (int i = 0; i < 40; i++) {
		if (halvm_xenstore_read(path, buf, size) > 0)
			return 1;
		halvm_xenstore_watch_wait(ev, sizeof ev, 500000000ull);
	}
	return 0;
}

int main(void)
{
	char buf[64];
	halvm_xenstore_watch("data", "data");
	halvm_xenstore_write("data/grant-map-ready", "1");
	if (!wait_key("dom0-grant-ref", buf, sizeof buf)) {
		printf("dom0 never published a grant\n");
		return 1;
	}
	unsigned ref = strtoul(buf, 0, 10);
	void *page = 0;
	long r = halvm_grant_map(0, ref, 0, &page);
	printf("map dom0's grant %u: %ld\n", ref, r);
	if (r)
		return 1;
	printf("mapped page says: %s\n", (char *)page);
	strcpy((char *)page + 1024, "the guest wrote back");
	halvm_xenstore_write("data/guest-wrote", "1");
	if (!wait_key("dom0-saw", buf, sizeof buf))
		printf("dom0 never confirmed\n");
	printf("unmap: %ld\n", halvm_grant_unmap(page));
	printf("unmap again: %ld (EINVAL is -22)\n", halvm_grant_unmap(page));
	printf("map a bad reference: %ld\n", halvm_grant_map(0, 100000, 1, &page));
	halvm_xenstore_write("data/dom0-grant-done", "1");
	return 0;
}
