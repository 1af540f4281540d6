/*
 * defs.h: cross-file prototypes of the kernel, grouped by the file that
 * defines them. Helpers private to a file are static there. Linux ABI types
 * and constants come from the kernel UAPI headers (linux-libc-dev), never
 * re-declared here.
 */
#ifndef HALVM_DEFS_H
#define HALVM_DEFS_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <asm-generic/errno.h>
#include "param.h"

/* Kernel-internal: restart the system call after the handler if SA_RESTART, else EINTR. */
#define ERESTARTSYS 512

#define noreturn __attribute__((noreturn))
#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#define ALIGN_UP(x, a) (((x) + (a)-1) & ~((uint64_t)(a)-1))
#define ALIGN_DOWN(x, a) ((x) & ~((uint64_t)(a)-1))
#define MIN(a, b) ((a) < (b) ? (a) : (b))
#define MAX(a, b) ((a) > (b) ? (a) : (b))

struct trapframe;

/* lib.c: freestanding string helpers (local to the kernel after ld -r) */
void *memcpy(void *d, const void *s, size_t n);
void *memmove(void *d, const void *s, size_t n);
void *memset(void *d, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);
size_t strlen(const char *s);
int strcmp(const char *a, const char *b);
int strncmp(const char *a, const char *b, size_t n);
char *strchr(const char *s, int c);

/* log.c: kernel log, printf-like, to the platform log console and port 0xe9 */
enum { LOG_ERROR, LOG_WARN, LOG_INFO, LOG_DEBUG };
extern int log_level;
void kprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void kvprintf(const char *fmt, va_list ap);
void klog(int level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int ksnprintf(char *buf, size_t size, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void log_write(const char *s, size_t n);
#define panic(...) panic_at(__FILE__, __LINE__, __VA_ARGS__)
noreturn void panic_at(const char *file, int line, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
#define assert(c) ((c) ? (void)0 : panic("assertion failed: %s", #c))

/* cmdline.c: boot command line -> kernel options, environment, argv */
struct cmdline {
	int argc, envc;
	char *argv[MAXARG], *envp[MAXARG];
	char buf[CMDLINE_MAX + 1]; /* tokens, NUL separated */
	const char *error;         /* set when the line could not be parsed */
	/* kernel options */
	int loglevel; /* -1 = default */
	bool strace;
	bool tty; /* the console is an interactive terminal: ONLCR and echo */
	enum { STDIN_CONSOLE, STDIN_MODULE, STDIN_EMPTY } stdin_mode;
};
int cmdline_parse(const char *line, struct cmdline *out);

/* mm/frame.c: physical page-frame allocator */
void frame_add_range(uint64_t start, uint64_t end);
uint64_t frame_alloc(void); /* zeroed frame, or 0 when none left */
uint64_t frame_alloc_nozero(void);
void frame_free(uint64_t pa);
uint64_t frame_free_count(void);
uint64_t frame_total_count(void);
uint64_t frame_phys_top(void);
void *p2v(uint64_t pa);
uint64_t v2p(const void *va);

/* mm/paging.c: page tables */
#define PTE_P 0x1ull
#define PTE_W 0x2ull
#define PTE_PWT 0x8ull
#define PTE_PCD 0x10ull
#define PTE_PS 0x80ull
#define PTE_NX (1ull << 63)
#define PTE_ADDR 0x000ffffffffff000ull
void paging_init(uint64_t max_phys);
int pt_map(uint64_t va, uint64_t pa, uint64_t flags);
uint64_t pt_lookup(uint64_t va); /* the PTE, 0 if none */
void pt_unmap_range(uint64_t start, uint64_t end);
void pt_protect_range(uint64_t start, uint64_t end, uint64_t flags);
void pt_flush_all(void);                     /* flush the whole TLB */
void *kmap_mmio(uint64_t pa, uint64_t size); /* uncached, at p2v(pa) */
void *kmap_ram(uint64_t pa, uint64_t size);  /* write-back, at p2v(pa): pages shared with a hypervisor */
void kunmap(uint64_t pa, uint64_t size);     /* remove what kmap_* mapped (page by page, not huge pages) */
uint64_t kstack_alloc(void);                 /* returns the stack top */
uint64_t prot_to_pte(int prot);

/* mm/vma.c: the program's virtual address space */
#define VMA_CHARGED 0x1 /* counted against the commit limit */
#define VMA_IMAGE 0x2   /* a segment of the loaded image: pre-mapped */
#define VMA_STACK 0x4
#define VMA_NORESERVE 0x8 /* MAP_NORESERVE: never charged */
struct vma {
	uint64_t start, end;
	int prot;
	int flags;
};
extern uint64_t vm_commit_limit, vm_committed; /* in pages */
struct vma *vma_find(uint64_t addr);
int vma_map(uint64_t start, uint64_t end, int prot, int flags);
int vma_unmap(uint64_t start, uint64_t end);
int vma_protect(uint64_t start, uint64_t end, int prot);
bool vma_range_free(uint64_t start, uint64_t end);
uint64_t vma_find_free(uint64_t len, uint64_t hint);
int vma_count(void);
bool vma_is_charged(const struct vma *v); /* its pages are guaranteed frames */
void vma_reset(void);
void vma_dump(void);

/* mm/fault.c: demand paging and checked access to program memory */
int vm_fault(uint64_t addr, bool write, bool exec);
int user_check(const void *p, size_t len, bool write);
int user_strlen(const char *s, size_t max);
int copy_from_user(void *dst, const void *src, size_t n);
int copy_to_user(void *dst, const void *src, size_t n);
void vm_discard(uint64_t start, uint64_t end);

/* arch/x86_64/cpu.c */
extern uint32_t cpu_features_ecx, cpu_features_edx;
void cpu_init(void);
void fpu_save(void *buf);
void fpu_restore(const void *buf);
uint32_t fpu_state_size(void);

/* arch/x86_64/trap.c: exceptions and interrupt dispatch */
typedef void (*irq_handler_t)(struct trapframe *tf);
void irq_register(int vector, irq_handler_t h);
void trap_handler(struct trapframe *tf);
extern int kernel_depth; /* >0 while kernel code runs on behalf of the program */

/* arch/x86_64/lapic.c: the local APIC one-shot timer, shared by the platforms */
void lapic_enable(void); /* interrupt delivery only: for a platform with its own timer */
void lapic_init(uint64_t (*clock)(void), uint64_t (*tsc_at)(uint64_t ns));
void lapic_timer_arm(uint64_t deadline_ns);
void lapic_eoi(void);
extern const char *lapic_timer_name;

/* arch/x86_64/pic.c: the legacy 8259 pair, remapped and masked */
void pic_disable(void);

/* platform.h declares what kernel/qemu and kernel/xen provide. */

/* main.c */
extern struct hvm_start_info *start_info;
extern uint64_t boot_tsc;
extern const char halvm_version[];

/* exec.c: the program's initial stack and entry */
noreturn void exec_program(struct cmdline *cl);

/* proc.c: program exit */
noreturn void proc_exit(int status);
int exit_record(int status, char *line, size_t size);

/* signal.c */
/* true when sig was already pending (merged: timers count an overrun) */
bool signal_raise(int sig, int code, uint64_t addr_or_value, int timerid, int overrun);
bool signal_pending(void); /* an unblocked signal waits */
void signal_discard_if_ignored(int sig);
void signal_deliver(struct trapframe *tf);
bool signal_fault(struct trapframe *tf, int sig, int code, uint64_t addr);
long signal_return(struct trapframe *tf);
bool signal_restart_allowed(void);
void signal_set_saved_mask(uint64_t mask); /* restore this mask when the handler returns */
extern uint64_t sig_blocked;               /* SA_RESTART of the signal about to be delivered */

/* pvclock.c: Xen/KVM paravirtual clock pages (struct vcpu_time_info) */
struct vcpu_time_info;
uint64_t pvclock_read_ns(const volatile struct vcpu_time_info *t);
uint64_t pvclock_tsc_hz(const volatile struct vcpu_time_info *t);

/* time.c: clocks and timers */
uint64_t time_monotonic(void);
uint64_t time_realtime(void);
struct ktimer {
	uint64_t deadline; /* monotonic ns, 0 = disarmed */
	void (*fire)(struct ktimer *t);
	struct ktimer *next;
};
void ktimer_arm(struct ktimer *t, uint64_t deadline);
void ktimer_cancel(struct ktimer *t);
void time_interrupt(void); /* platform timer IRQ: run expired timers */
void posix_timers_reset(void);

/* sched.c: blocking */
int sleep_until(uint64_t deadline, bool interruptible); /* 0, or -EINTR */
void wait_event(void);                                  /* halt until the next interrupt */

/* file.c: file descriptors */
struct file;
struct file_ops {
	long (*read)(struct file *f, char *buf, size_t n);
	long (*write)(struct file *f, const char *buf, size_t n);
	int (*poll)(struct file *f); /* POLLIN/POLLOUT/POLLHUP ready now */
	void (*close)(struct file *f);
	long (*ioctl)(struct file *f, unsigned long cmd, unsigned long arg);
	unsigned mode; /* S_IF* | permissions, for fstat */
	bool tty;
	const char *name;
};
struct file {
	const struct file_ops *ops;
	int refs;
	int flags; /* O_NONBLOCK, O_ACCMODE */
	void *priv;
	uint64_t ino;
};
enum stdin_kind { FI_CONSOLE, FI_MODULE, FI_EMPTY };
void file_init(enum stdin_kind kind, const void *mod, size_t modlen);
struct file *fd_get(int fd);
int fd_alloc(struct file *f, int min, bool cloexec);
int fd_close(int fd);
int fd_install(int fd, struct file *f, bool cloexec);
bool fd_cloexec(int fd);
void fd_set_cloexec(int fd, bool on);
struct file *file_new(const struct file_ops *ops, void *priv, int flags);
void file_put(struct file *f);
struct file *file_open_path(const char *path, int flags, long *err);
long pipe_create(struct file *ends[2], int flags);

/* console.c: program console on top of the platform */
extern const struct file_ops console_ops;
void console_input(const char *buf, size_t n); /* from platform RX */
void console_flush(void);
void console_set_tty(bool interactive);
bool console_is_tty(void); /* a person at a terminal reads the console (the `tty` option) */

/* syscall.c */
void syscall_handler(struct trapframe *tf);
const char *syscall_name(long nr);
extern bool strace_enabled;

/* sys/sys_info.c */
int nofile_limit(void); /* soft RLIMIT_NOFILE, at most NOFILE */

/* crash.c: crash reports with symbols */
noreturn void crash_report(struct trapframe *tf, const char *what, int status);
void backtrace(uint64_t rbp, uint64_t rip);
const char *symbol_lookup(uint64_t addr, uint64_t *offset);

#endif
