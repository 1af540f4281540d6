/*
 * sys_info.c: system information and limits: uname (sysname "Linux" for
 * compatibility, release naming HaLVM), sysinfo, rlimits, rusage,
 * getrandom, times.
 */
#include <linux/resource.h>
#include <linux/sysinfo.h>
#include <linux/utsname.h>
#include <linux/random.h>
#include "syscall.h"

void random_bytes(void *buf, size_t n);

static void copy_str(char *dst, const char *src, size_t n)
{
	size_t k = MIN(strlen(src), n - 1);
	memcpy(dst, src, k);
	dst[k] = 0;
}

SYSCALL(uname)
{
	struct new_utsname u;
	memset(&u, 0, sizeof(u));
	copy_str(u.sysname, "Linux", sizeof(u.sysname));
	copy_str(u.nodename, "halvm", sizeof(u.nodename));
	copy_str(u.release, "6.1.0-halvm", sizeof(u.release));
	copy_str(u.version, halvm_version, sizeof(u.version));
	copy_str(u.machine, "x86_64", sizeof(u.machine));
	copy_str(u.domainname, "(none)", sizeof(u.domainname));
	return copy_to_user((void *)a0, &u, sizeof(u));
}

SYSCALL(sysinfo)
{
	struct sysinfo si;
	memset(&si, 0, sizeof(si));
	si.uptime = time_monotonic() / 1000000000;
	si.totalram = frame_total_count();
	si.freeram = vm_commit_limit > vm_committed ? vm_commit_limit - vm_committed : 0;
	si.freeram = MIN(si.freeram, frame_free_count());
	si.procs = 1;
	si.mem_unit = PAGE_SIZE;
	return copy_to_user((void *)a0, &si, sizeof(si));
}

static struct rlimit limits[RLIM_NLIMITS] = {
        [RLIMIT_CPU] = {RLIM_INFINITY, RLIM_INFINITY},
        [RLIMIT_FSIZE] = {RLIM_INFINITY, RLIM_INFINITY},
        [RLIMIT_DATA] = {RLIM_INFINITY, RLIM_INFINITY},
        [RLIMIT_STACK] = {STACK_SIZE, STACK_SIZE},
        [RLIMIT_CORE] = {0, 0},
        [RLIMIT_RSS] = {RLIM_INFINITY, RLIM_INFINITY},
        [RLIMIT_NPROC] = {1, 1},
        [RLIMIT_NOFILE] = {NOFILE, NOFILE},
        [RLIMIT_MEMLOCK] = {RLIM_INFINITY, RLIM_INFINITY},
        [RLIMIT_AS] = {RLIM_INFINITY, RLIM_INFINITY},
        [RLIMIT_LOCKS] = {RLIM_INFINITY, RLIM_INFINITY},
        [RLIMIT_SIGPENDING] = {NSIG_LINUX, NSIG_LINUX},
        [RLIMIT_MSGQUEUE] = {0, 0},
        [RLIMIT_NICE] = {0, 0},
        [RLIMIT_RTPRIO] = {0, 0},
        [RLIMIT_RTTIME] = {RLIM_INFINITY, RLIM_INFINITY},
};

/* The soft RLIMIT_NOFILE: descriptors at or above it cannot be created (file.c, sys_fd.c). */
int nofile_limit(void)
{
	return limits[RLIMIT_NOFILE].rlim_cur < NOFILE ? (int)limits[RLIMIT_NOFILE].rlim_cur : NOFILE;
}

/* Limits are recorded and reported; RLIMIT_NOFILE is enforced, the others are not. */
SYSCALL(prlimit64)
{
	struct rlimit nl;
	if (a0 != 0 && a0 != 1)
		return -ESRCH;
	if (a1 < 0 || a1 >= RLIM_NLIMITS)
		return -EINVAL;
	if (a2) {
		if (copy_from_user(&nl, (void *)a2, sizeof(nl)))
			return -EFAULT;
		if (nl.rlim_cur > nl.rlim_max)
			return -EINVAL;
		if (nl.rlim_max > limits[a1].rlim_max)
			return -EPERM;
	}
	if (a3 && copy_to_user((void *)a3, &limits[a1], sizeof(nl)))
		return -EFAULT;
	if (a2)
		limits[a1] = nl;
	return 0;
}

SYSCALL(getrlimit) { return sys_prlimit64(0, a0, 0, a1, 0, 0); }
SYSCALL(setrlimit) { return sys_prlimit64(0, a0, a1, 0, 0, 0); }

SYSCALL(getrusage)
{
	struct rusage ru;
	if (a0 != RUSAGE_SELF && a0 != RUSAGE_CHILDREN && a0 != RUSAGE_THREAD)
		return -EINVAL;
	memset(&ru, 0, sizeof(ru));
	if (a0 != RUSAGE_CHILDREN) {
		uint64_t ns = time_monotonic();
		ru.ru_utime.tv_sec = ns / 1000000000;
		ru.ru_utime.tv_usec = ns % 1000000000 / 1000;
		ru.ru_maxrss = (frame_total_count() - frame_free_count()) * 4;
	}
	return copy_to_user((void *)a1, &ru, sizeof(ru));
}

SYSCALL(times)
{
	long ticks = time_monotonic() / 10000000; /* CLK_TCK 100 */
	if (a0) {
		long t[4] = {ticks, 0, 0, 0};
		if (copy_to_user((void *)a0, t, sizeof(t)))
			return -EFAULT;
	}
	return ticks;
}

SYSCALL(getrandom)
{
	if (a2 & ~(GRND_NONBLOCK | GRND_RANDOM | GRND_INSECURE))
		return -EINVAL;
	if (a1 < 0)
		return -EINVAL;
	size_t n = MIN((size_t)a1, 33554431);
	if (user_check((void *)a0, n, true))
		return -EFAULT;
	random_bytes((void *)a0, n);
	return n;
}
