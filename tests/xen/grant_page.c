/* grant_page.c: grant a page to dom0 (read-only), publish the ref in XenStore, wait until dom0 says it read it, end the
 * grant. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

long halvm_xenstore_read(const char *path, char *buf, unsigned long size);
long halvm_xenstore_write(const char *path, const char *value);
long halvm_grant_access(int domid, const void *addr, int readonly);
long halvm_grant_end(unsigned ref);

int main(void)
{
	char *page = aligned_alloc(4096, 4096);
	strcpy(page, "a granted page says hello");
	long ref = halvm_grant_access(0, page, 1);
	printf("granted: %s\n", ref >= 8 ? "yes" : "no");
	char s[16], buf[64] = "";
	snprintf(s, sizeof s, "%ld", ref);
	halvm_xenstore_write("data/grant-ref", s);
	for (int i = 0; i < 200 && halvm_xenstore_read("data/grant-read", buf, sizeof buf) <= 0; i++) {
		struct timespec t = {0, 100000000};
		nanosleep(&t, 0);
	}
	printf("dom0 read: %s\n", buf);
	long end = -1;
	for (int i = 0; i < 50 && (end = halvm_grant_end(ref)) != 0; i++) {
		struct timespec t = {0, 100000000};
		nanosleep(&t, 0);
	}
	printf("grant ended: %ld\n", end);
	printf("bad ref: %ld\n", halvm_grant_end(3));
	return strcmp(buf, "a granted page says hello") != 0;
}
