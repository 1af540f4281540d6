/* evtchn_peer.c: the dom0 side of evtchn_ping (runs in the test bed's dom0, built with libxenevtchn): bind, then ping
 * 10 times. */
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <xenevtchn.h>

/* Wait up to ms for an event on our port; 1 if one came (and was acknowledged). */
static int wait_event(xenevtchn_handle *x, xenevtchn_port_or_error_t local, int ms)
{
	struct pollfd p = {.fd = xenevtchn_fd(x), .events = POLLIN};
	if (poll(&p, 1, ms) != 1)
		return 0;
	xenevtchn_port_or_error_t got = xenevtchn_pending(x);
	if (got < 0)
		return 0;
	xenevtchn_unmask(x, got);
	return got == local;
}

int main(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "usage: evtchn_peer DOMID PORT\n");
		return 2;
	}
	xenevtchn_handle *x = xenevtchn_open(NULL, 0);
	if (!x) {
		perror("xenevtchn_open");
		return 1;
	}
	xenevtchn_port_or_error_t local = xenevtchn_bind_interdomain(x, atoi(argv[1]), atoi(argv[2]));
	if (local < 0) {
		perror("xenevtchn_bind_interdomain");
		return 1;
	}
	/* Binding marks both ends pending, and the guest answers that too: drain it first. */
	while (wait_event(x, local, 300))
		;
	int rounds = 0;
	for (int i = 0; i < 10; i++) {
		xenevtchn_notify(x, local);
		if (!wait_event(x, local, 5000))
			break;
		rounds++;
	}
	printf("peer: %d rounds\n", rounds);
	xenevtchn_close(x);
	return rounds == 10 ? 0 : 1;
}
