/* gntshr_peer.c: the dom0 side of grant_map (built with libxengnttab and libxenstore, runs in the test bed's dom0):
 * shares a page with domain DOMID, publishes its reference in the domain's XenStore area, and prints what the guest
 * wrote into the page. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <xengnttab.h>
#include <xenstore.h>

static void put(struct xs_handle *h, const char *dom, const char *key, const char *val)
{
	char path[96];
	snprintf(path, sizeof path, "/local/domain/%s/data/%s", dom, key);
	xs_write(h, XBT_NULL, path, val, strlen(val));
}

static int present(struct xs_handle *h, const char *dom, const char *key)
{
	char path[96];
	unsigned n;
	snprintf(path, sizeof path, "/local/domain/%s/data/%s", dom, key);
	char *v = xs_read(h, XBT_NULL, path, &n);
	free(v);
	return v != NULL;
}

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: gntshr_peer DOMID\n");
		return 2;
	}
	struct xs_handle *h = xs_open(0);
	xengntshr_handle *g = xengntshr_open(NULL, 0);
	if (!h || !g) {
		perror("gntshr_peer: open");
		return 1;
	}
	uint32_t ref;
	char *page = xengntshr_share_pages(g, atoi(argv[1]), 1, &ref, 1);
	if (!page) {
		perror("gntshr_peer: share");
		return 1;
	}
	strcpy(page, "dom0 shared this page");
	char val[16];
	snprintf(val, sizeof val, "%u", ref);
	put(h, argv[1], "dom0-grant-ref", val);
	for (int i = 0; i < 200 && !present(h, argv[1], "guest-wrote"); i++)
		usleep(100000);
	printf("guest wrote: %s\n", page + 1024);
	put(h, argv[1], "dom0-saw", "yes");
	for (int i = 0; i < 200 && !present(h, argv[1], "dom0-grant-done"); i++)
		usleep(100000);
	xengntshr_unshare(g, page, 1);
	return 0;
}
