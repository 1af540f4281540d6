/* gnttab_peer.c: the dom0 side of grant_page (built with Debian's libxengnttab): map DOMID's grant REF, print the
 * string in it. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <xengnttab.h>

int main(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "usage: gnttab_peer DOMID REF\n");
		return 2;
	}
	xengnttab_handle *g = xengnttab_open(NULL, 0);
	if (!g) {
		perror("xengnttab_open");
		return 1;
	}
	char *p = xengnttab_map_grant_ref(g, atoi(argv[1]), atoi(argv[2]), PROT_READ);
	if (!p) {
		perror("xengnttab_map_grant_ref");
		return 1;
	}
	printf("%.63s\n", p);
	xengnttab_unmap(g, p, 1);
	xengnttab_close(g);
	return 0;
}
