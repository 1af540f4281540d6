/* evtchn_mask.c: a loopback event channel inside one domain (both ends ours): an event sent to a masked port wakes
 * nobody, and unmasking delivers it. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

long halvm_xenstore_read(const char *path, char *buf, unsigned long size);
long halvm_evtchn_alloc_unbound(int remote_domid);
long halvm_evtchn_bind_interdomain(int remote_domid, unsigned remote_port);
long halvm_evtchn_notify(unsigned port);
long halvm_evtchn_wait(unsigned port, uint64_t timeout_ns);
long halvm_evtchn_mask(unsigned port);
long halvm_evtchn_unmask(unsigned port);
long halvm_evtchn_close(unsigned port);

int main(void)
{
	char buf[16];
	if (halvm_xenstore_read("domid", buf, sizeof buf) <= 0)
		return 1;
	int self = atoi(buf);
	long a = halvm_evtchn_alloc_unbound(self);
	long b = halvm_evtchn_bind_interdomain(self, a);
	printf("loopback channel: %s\n", a > 0 && b > 0 ? "yes" : "no");
	halvm_evtchn_wait(a, 100000000ull); /* binding marks both ends pending once */
	halvm_evtchn_wait(b, 100000000ull);
	halvm_evtchn_notify(b);
	printf("unmasked port wakes: %ld\n", halvm_evtchn_wait(a, 1000000000ull));
	printf("mask: %ld\n", halvm_evtchn_mask(a));
	halvm_evtchn_notify(b);
	printf("masked port stays asleep: %ld (ETIMEDOUT is -110)\n", halvm_evtchn_wait(a, 200000000ull));
	printf("unmask: %ld\n", halvm_evtchn_unmask(a));
	printf("pending event delivered on unmask: %ld\n", halvm_evtchn_wait(a, 1000000000ull));
	printf("bad port: %ld\n", halvm_evtchn_mask(5000));
	printf("close: %ld %ld\n", halvm_evtchn_close(b), halvm_evtchn_close(a));
	return 0;
}
