/*
 * xenstore.c: a XenStore client over the shared ring (xen/io/xs_wire.h), page and event
 * channel from HVM_PARAM_STORE_PFN/EVTCHN. Requests are synchronous: write the message,
 * notify, then wait for the reply with our request id, halted until the store's event
 * channel fires (ring_wait). Errors from
 * xenstored (XS_ERROR "ENOENT", "EACCES", ...) become negative errno values, and a
 * malformed or oversized reply is -EIO, never a crash.
 *
 * Watch events that arrive while waiting for a reply are queued for halvm_xenstore_watch_wait.
 *
 * The C API (`halvm_xenstore_*`, docs/xen.md) is exported to the program,
 * which calls it directly (one address space); it runs with interrupts off so that a
 * signal handler can never re-enter it (xen_api_enter, hypercall.c).
 */
#include "xen.h"
#include <xen/io/xs_wire.h>
#include "x86.h"

#define XS_TIMEOUT_NS 5000000000ull

static volatile struct xenstore_domain_interface *ring;
static uint32_t port;
static uint32_t next_id = 1;

void xen_xenstore_init(void)
{
	uint64_t pfn, evtchn;
	if (xen_get_param(HVM_PARAM_STORE_PFN, &pfn) || xen_get_param(HVM_PARAM_STORE_EVTCHN, &evtchn) || !pfn)
		return;
	port = evtchn;
	ring = kmap_ram(pfn << PAGE_SHIFT, PAGE_SIZE);
	xen_evtchn_unmask(port);
}

/* Wait for xenstored to move the ring: halt until the store's event channel fires (or the
 * deadline), or, where halting is not allowed (the exit path), yield the CPU once. */
static void ring_wait(uint64_t deadline)
{
	uint64_t now = xen_clock_ns();
	if (xen_api_may_halt() && now < deadline)
		xen_evtchn_wait_until(port, deadline);
	else
		xen_hypercall(__HYPERVISOR_sched_op, SCHEDOP_yield, 0, 0);
}

static int ring_write(const void *data, size_t n, uint64_t deadline)
{
	const char *p = data;
	while (n) {
		XENSTORE_RING_IDX cons = ring->req_cons, prod = ring->req_prod;
		__asm__ volatile("" ::: "memory");
		size_t space = XENSTORE_RING_SIZE - (prod - cons);
		if (space == 0) {
			if (xen_clock_ns() > deadline)
				return -ETIMEDOUT;
			xen_evtchn_send(port);
			ring_wait(deadline);
			continue;
		}
		size_t k = MIN(n, space);
		for (size_t i = 0; i < k; i++)
			ring->req[MASK_XENSTORE_IDX(prod + i)] = p[i];
		__asm__ volatile("sfence" ::: "memory");
		ring->req_prod = prod + k;
		p += k;
		n -= k;
	}
	xen_evtchn_send(port);
	return 0;
}

static int ring_read(void *data, size_t n, uint64_t deadline)
{
	char *p = data;
	while (n) {
		XENSTORE_RING_IDX cons = ring->rsp_cons, prod = ring->rsp_prod;
		__asm__ volatile("lfence" ::: "memory");
		if (cons == prod) {
			if (xen_clock_ns() > deadline)
				return -ETIMEDOUT;
			ring_wait(deadline);
			continue;
		}
		size_t k = MIN(n, (size_t)(prod - cons));
		for (size_t i = 0; i < k; i++)
			p[i] = ring->rsp[MASK_XENSTORE_IDX(cons + i)];
		__asm__ volatile("" ::: "memory");
		ring->rsp_cons = cons + k;
		xen_evtchn_send(port);
		p += k;
		n -= k;
	}
	return 0;
}

static int xs_errno(const char *msg)
{
	static const struct {
		const char *name;
		int err;
	} map[] = {{"ENOENT", ENOENT}, {"EACCES", EACCES}, {"EEXIST", EEXIST}, {"EINVAL", EINVAL}, {"EAGAIN", EAGAIN},
	           {"ENOSPC", ENOSPC}, {"EQUOTA", EDQUOT}, {"EISDIR", EISDIR}, {"EBUSY", EBUSY},   {"EROFS", EROFS},
	           {"E2BIG", E2BIG},   {"ENOSYS", ENOSYS}, {"EPERM", EPERM}};
	for (unsigned i = 0; i < ARRAY_SIZE(map); i++)
		if (!strcmp(msg, map[i].name))
			return -map[i].err;
	return -EIO;
}

static uint32_t cur_tx; /* the transaction requests belong to (0: none) */

/* Watch events read while waiting for replies, kept for halvm_xenstore_watch_wait. */
#define NEVENTS 8
static char events[NEVENTS][256];
static unsigned ev_head, ev_tail;

static void keep_event(const char *payload, size_t len)
{
	if (ev_head - ev_tail == NEVENTS)
		ev_tail++; /* full: drop the oldest */
	size_t n = MIN(len, sizeof(events[0]) - 1);
	memcpy(events[ev_head % NEVENTS], payload, n);
	events[ev_head % NEVENTS][n] = 0;
	ev_head++;
}

/* One request/reply. The reply payload goes to out (NUL-terminated); returns its length or -errno. */
long xs_request(uint32_t type, const char *a, const char *b, size_t blen, char *out, size_t outsize)
{
	if (!ring)
		return -ENODEV;
	size_t alen = strlen(a) + 1;
	if (alen + blen > XENSTORE_PAYLOAD_MAX || outsize == 0)
		return -E2BIG;
	struct xsd_sockmsg h = {.type = type, .req_id = next_id++, .tx_id = cur_tx, .len = alen + blen};
	uint64_t deadline = xen_clock_ns() + XS_TIMEOUT_NS;
	int r;
	if ((r = ring_write(&h, sizeof(h), deadline)) || (r = ring_write(a, alen, deadline)) ||
	    (blen && (r = ring_write(b, blen, deadline))))
		return r;
	for (;;) {
		struct xsd_sockmsg rh;
		static char payload[XENSTORE_PAYLOAD_MAX + 1];
		if ((r = ring_read(&rh, sizeof(rh), deadline)))
			return r;
		if (rh.len > XENSTORE_PAYLOAD_MAX)
			return -EIO; /* protocol error: do not trust anything that follows */
		if ((r = ring_read(payload, rh.len, deadline)))
			return r;
		payload[rh.len] = 0;
		if (rh.type == XS_WATCH_EVENT) {
			keep_event(payload, rh.len); /* "path\0token\0" */
			continue;
		}
		if (rh.req_id != h.req_id)
			continue;
		if (rh.type == XS_ERROR)
			return xs_errno(payload);
		size_t n = MIN((size_t)rh.len, outsize - 1);
		memcpy(out, payload, n);
		out[n] = 0;
		return n;
	}
}

/* Read path (relative paths are under /local/domain/DOMID) into buf; the length or -errno. */
long halvm_xenstore_read(const char *path, char *buf, size_t size)
{
	uint64_t f = xen_api_enter();
	long r = xs_request(XS_READ, path, 0, 0, buf, size);
	xen_api_leave(f, 0);
	return r;
}

/* Write value at path; 0 or -errno. */
long halvm_xenstore_write(const char *path, const char *value)
{
	char ok[8];
	uint64_t f = xen_api_enter();
	long r = xs_request(XS_WRITE, path, value, strlen(value), ok, sizeof(ok));
	xen_api_leave(f, 0);
	return r < 0 ? r : 0;
}

static long simple(uint32_t type, const char *path, const char *arg, size_t arglen, char *out, size_t size)
{
	uint64_t f = xen_api_enter();
	long r = xs_request(type, path, arg, arglen, out, size);
	xen_api_leave(f, 0);
	return r;
}

/* Children of path as NUL-separated names in buf; the byte length, or -errno. */
long halvm_xenstore_directory(const char *path, char *buf, size_t size)
{
	return simple(XS_DIRECTORY, path, 0, 0, buf, size);
}

long halvm_xenstore_mkdir(const char *path)
{
	char ok[8];
	long r = simple(XS_MKDIR, path, 0, 0, ok, sizeof(ok));
	return r < 0 ? r : 0;
}

long halvm_xenstore_rm(const char *path)
{
	char ok[8];
	long r = simple(XS_RM, path, 0, 0, ok, sizeof(ok));
	return r < 0 ? r : 0;
}

/* Permissions in xenstore's text form, NUL-separated ("n0", "r5", ...). */
long halvm_xenstore_get_perms(const char *path, char *buf, size_t size)
{
	return simple(XS_GET_PERMS, path, 0, 0, buf, size);
}

long halvm_xenstore_set_perms(const char *path, const char *perms, size_t len)
{
	char ok[8];
	long r = simple(XS_SET_PERMS, path, perms, len, ok, sizeof(ok));
	return r < 0 ? r : 0;
}

/* Start a transaction: later requests belong to it until halvm_xenstore_transaction_end. */
long halvm_xenstore_transaction_start(void)
{
	char id[16];
	long r = simple(XS_TRANSACTION_START, "", 0, 0, id, sizeof(id));
	if (r < 0)
		return r;
	uint32_t v = 0;
	for (char *p = id; *p >= '0' && *p <= '9'; p++)
		v = v * 10 + (*p - '0');
	cur_tx = v;
	return 0;
}

/* Commit (or abort); -EAGAIN when another writer got in first: retry the transaction. */
long halvm_xenstore_transaction_end(int commit)
{
	char ok[8];
	long r = simple(XS_TRANSACTION_END, commit ? "T" : "F", 0, 0, ok, sizeof(ok));
	cur_tx = 0;
	return r < 0 ? r : 0;
}

long halvm_xenstore_watch(const char *path, const char *token)
{
	char ok[8];
	long r = simple(XS_WATCH, path, token, strlen(token) + 1, ok, sizeof(ok));
	return r < 0 ? r : 0;
}

/*
 * Wait for a watch event: the changed path goes to buf. Halts until the store's event
 * channel brings one or timeout_ns passes; 0, or -ETIMEDOUT.
 */
long halvm_xenstore_watch_wait(char *buf, size_t size, uint64_t timeout_ns)
{
	uint64_t f = xen_api_enter(), deadline = xen_clock_ns() + timeout_ns;
	long r = -ETIMEDOUT;
	while (ring) {
		if (ev_tail != ev_head) {
			const char *e = events[ev_tail++ % NEVENTS];
			size_t n = MIN(strlen(e), size - 1);
			memcpy(buf, e, n);
			buf[n] = 0;
			r = 0;
			break;
		}
		if (ring->rsp_cons != ring->rsp_prod) { /* an unsolicited message: an event */
			struct xsd_sockmsg h;
			static char payload[XENSTORE_PAYLOAD_MAX + 1];
			if (ring_read(&h, sizeof(h), deadline) || h.len > XENSTORE_PAYLOAD_MAX ||
			    ring_read(payload, h.len, deadline)) {
				r = -EIO;
				break;
			}
			if (h.type == XS_WATCH_EVENT)
				keep_event(payload, h.len);
			continue;
		}
		if (xen_clock_ns() > deadline)
			break;
		ring_wait(deadline);
	}
	xen_api_leave(f, 0);
	return r;
}
