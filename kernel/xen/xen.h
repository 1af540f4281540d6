/*
 * xen.h: what the files of the Xen platform (kernel/xen/) share: the Xen public headers
 * (from libxen-dev, never re-declared here) at a fixed interface version, and hypercalls.
 */
#ifndef HALVM_XEN_H
#define HALVM_XEN_H

#define __XEN_INTERFACE_VERSION__ 0x00040d00
#include "defs.h"
#include <xen/xen.h>
#include <xen/event_channel.h>
#include <xen/hvm/hvm_op.h>
#include <xen/hvm/params.h>
#include <xen/io/console.h>
#include <xen/memory.h>
#include <xen/sched.h>
#include <xen/version.h>

/* hypercall.c */
extern char hypercall_page[];
long xen_hypercall(int op, uint64_t a1, uint64_t a2, uint64_t a3);
void xen_hypercall_init(uint32_t cpuid_base);
long xen_get_param(int index, uint64_t *value);
void xen_evtchn_send(uint32_t port);
uint64_t xen_api_enter(void);
long xen_api_leave(uint64_t flags, long r);
bool xen_api_may_halt(void);

/* console.c: the PV console ring */
void xen_console_init(void);
void xen_console_write(const char *buf, size_t n);
void xen_console_flush(void);
void xen_console_poll(void);
bool xen_console_io_probe(void);
void xen_log_write(const char *buf, size_t n);
long halvm_xen_console_io_write(const char *buf, size_t n);

/* xenstore.c: the XenStore client; halvm_xenstore_* is the program-facing C API */
void xen_xenstore_init(void);
long xs_request(uint32_t type, const char *a, const char *b, size_t blen, char *out, size_t outsize);
long halvm_xenstore_read(const char *path, char *buf, size_t size);
long halvm_xenstore_write(const char *path, const char *value);
long halvm_xenstore_directory(const char *path, char *buf, size_t size);
long halvm_xenstore_mkdir(const char *path);
long halvm_xenstore_rm(const char *path);
long halvm_xenstore_get_perms(const char *path, char *buf, size_t size);
long halvm_xenstore_set_perms(const char *path, const char *perms, size_t len);
long halvm_xenstore_transaction_start(void);
long halvm_xenstore_transaction_end(int commit);
long halvm_xenstore_watch(const char *path, const char *token);
long halvm_xenstore_watch_wait(char *buf, size_t size, uint64_t timeout_ns);

/* evtchn.c: event channels and their upcall; halvm_evtchn_* is the program-facing C API */
void xen_evtchn_init(void);
long halvm_evtchn_alloc_unbound(int remote_domid);
long halvm_evtchn_bind_interdomain(int remote_domid, unsigned remote_port);
long halvm_evtchn_notify(unsigned port);
long halvm_evtchn_close(unsigned port);
long halvm_evtchn_mask(unsigned port);
long halvm_evtchn_unmask(unsigned port);
long halvm_evtchn_wait(unsigned port, uint64_t timeout_ns);
void xen_evtchn_set_handler(unsigned port, void (*fn)(void));
void xen_evtchn_unmask(unsigned port);
long xen_evtchn_wait_until(unsigned port, uint64_t deadline_ns);

/* grant.c: grant tables v1; halvm_grant_* is the program-facing C API */
long halvm_grant_access(int domid, const void *addr, int readonly);
long halvm_grant_end(unsigned ref);
long halvm_grant_map(int domid, unsigned ref, int readonly, void **addr);
long halvm_grant_unmap(void *addr);

/* clock.c: pvclock from the shared-info page */
void xen_clock_init(void);
volatile struct shared_info *xen_shared_info(void);
uint64_t xen_clock_ns(void);
uint64_t xen_system_time_of(uint64_t ns);

/* timer.c: VCPUOP_set_singleshot_timer + VIRQ_TIMER */
bool xen_timer_init(void);
void xen_timer_arm(uint64_t deadline_ns);
uint64_t xen_wallclock_base(void);

#endif
