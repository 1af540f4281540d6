/* conformance.h: small helpers shared by the differential tests (included, never a test itself). */
#ifndef CONFORMANCE_H
#define CONFORMANCE_H

#ifndef _GNU_SOURCE
#error "define _GNU_SOURCE before the first #include (tests are built with musl-gcc and x86_64-halvm-gcc alike)"
#endif

#include <errno.h>
#include <stdio.h>
#include <time.h>

/* <linux/futex.h> is not among musl-gcc's headers. */
#define FUTEX_WAIT 0
#define FUTEX_WAKE 1
#define FUTEX_REQUEUE 3
#define FUTEX_WAIT_BITSET 9
#define FUTEX_WAKE_BITSET 10
#define FUTEX_PRIVATE_FLAG 128
#define FUTEX_CLOCK_REALTIME 256
#define FUTEX_WAIT_PRIVATE (FUTEX_WAIT | FUTEX_PRIVATE_FLAG)
#define FUTEX_WAKE_PRIVATE (FUTEX_WAKE | FUTEX_PRIVATE_FLAG)
#define FUTEX_BITSET_MATCH_ANY 0xffffffff

/* The symbolic name of an errno value: the same text on Linux and on HaLVM. */
static inline const char *errname(int e)
{
	/* clang-format off */
	switch (e) {
	case 0: return "0";
	case EPERM: return "EPERM";
	case ENOENT: return "ENOENT";
	case ESRCH: return "ESRCH";
	case EINTR: return "EINTR";
	case EIO: return "EIO";
	case E2BIG: return "E2BIG";
	case EBADF: return "EBADF";
	case EAGAIN: return "EAGAIN";
	case ENOMEM: return "ENOMEM";
	case EACCES: return "EACCES";
	case EFAULT: return "EFAULT";
	case EBUSY: return "EBUSY";
	case EEXIST: return "EEXIST";
	case ENODEV: return "ENODEV";
	case ENOTDIR: return "ENOTDIR";
	case EISDIR: return "EISDIR";
	case EINVAL: return "EINVAL";
	case ENFILE: return "ENFILE";
	case EMFILE: return "EMFILE";
	case ENOTTY: return "ENOTTY";
	case ESPIPE: return "ESPIPE";
	case EROFS: return "EROFS";
	case EPIPE: return "EPIPE";
	case ERANGE: return "ERANGE";
	case ENOSYS: return "ENOSYS";
	case ETIMEDOUT: return "ETIMEDOUT";
	case EOVERFLOW: return "EOVERFLOW";
	case EOPNOTSUPP: return "EOPNOTSUPP";
	default: return "E?";
	}
	/* clang-format on */
}

/* Print "label: R" for a call that succeeded, "label: -1 ENAME" for one that failed
 * (R < 0). errno is read right after the call, before anything else can change it. */
#define SHOW(label, call)                                                                                              \
	do {                                                                                                           \
		errno = 0;                                                                                             \
		long show_r_ = (long)(call);                                                                           \
		int show_e_ = errno;                                                                                   \
		if (show_r_ < 0)                                                                                       \
			printf("%s: %ld %s\n", (label), show_r_, errname(show_e_));                                    \
		else                                                                                                   \
			printf("%s: %ld\n", (label), show_r_);                                                         \
	} while (0)

/* For calls that return an error number instead of setting errno (clock_nanosleep,
 * posix_* and pthread_* style): "label: 0" or "label: ENAME". */
#define SHOW_RC(label, call)                                                                                           \
	do {                                                                                                           \
		int show_rc_ = (call);                                                                                 \
		printf("%s: %s\n", (label), show_rc_ ? errname(show_rc_) : "0");                                       \
	} while (0)

/* Print "label: yes" or "label: no". */
#define YESNO(label, cond) printf("%s: %s\n", (label), (cond) ? "yes" : "no")

/* CLOCK_MONOTONIC in seconds, for measuring waits. */
static inline double mono_now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

#endif
