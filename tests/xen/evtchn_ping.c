/*
 * evtchn_ping.c: event-channel ping-pong with dom0: allocate a port for dom0, publish it in
 * XenStore, and answer every event until none comes for 3 s. Xen also marks the port pending
 * when dom0 binds it, so the guest answers one more event than dom0's 10 pings.
 */
#include <stdint.h>
#include <stdio.h>

long halvm_xenstore_write(const char *path, const char *value);
long halvm_evtchn_alloc_unbound(int remote_domid);
long halvm_evtchn_notify(unsigned port);
long halvm_evtchn_wait(unsigned port, uint64_t timeout_ns);
long halvm_evtchn_close(unsigned port);

int main(void)
{
	long port = halvm_evtchn_alloc_unbound(0);
	char s[16];
	snprintf(s, sizeof s, "%ld", port);
	printf("allocated a port for dom0: %s\n", port > 0 ? "yes" : "no");
	halvm_xenstore_write("data/evtchn-port", s);
	int rounds = 0;
	if (halvm_evtchn_wait(port, 30000000000ull) == 0) /* the first event: dom0 bound (or pinged) */
		do {
			halvm_evtchn_notify(port);
			rounds++;
		} while (halvm_evtchn_wait(port, 3000000000ull) == 0);
	printf("ping-pong: answered %s\n", rounds >= 10 ? "at least 10 events" : "too few events");
	printf("close: %ld\n", halvm_evtchn_close(port));
	return rounds >= 10 ? 0 : 1;
}
