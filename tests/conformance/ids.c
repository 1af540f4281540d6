/* ids.c: pid/tid/ppid/uid/gid, set_tid_address, set/get_robust_list, umask, sched_*, getrusage, sysconf, auxv. */
#define _GNU_SOURCE
#include <sched.h>
#include <stdint.h>
#include <sys/auxv.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "conformance.h"

int main(void)
{
	pid_t pid = getpid();
	YESNO("getpid > 0", pid > 0);
	YESNO("raw getpid == getpid", syscall(SYS_getpid) == pid);
	YESNO("gettid == getpid (one thread)", syscall(SYS_gettid) == pid);
	YESNO("getppid >= 0", getppid() >= 0);
	YESNO("getppid != getpid", getppid() != pid);
	YESNO("getuid == geteuid", getuid() == geteuid());
	YESNO("getgid == getegid", getgid() == getegid());
	YESNO("raw getuid/geteuid/getgid/getegid agree with libc",
	      syscall(SYS_getuid) == (long)getuid() && syscall(SYS_geteuid) == (long)geteuid() &&
	              syscall(SYS_getgid) == (long)getgid() && syscall(SYS_getegid) == (long)getegid());
	uid_t r, e, s;
	gid_t gr, ge, gs;
	SHOW("getresuid", getresuid(&r, &e, &s));
	YESNO("  real == effective == saved", r == e && e == s && r == getuid());
	SHOW("getresgid", getresgid(&gr, &ge, &gs));
	YESNO("  real == effective == saved", gr == ge && ge == gs && gr == getgid());
	YESNO("getpgrp >= 0 and == getpgid(0)", getpgrp() >= 0 && getpgrp() == getpgid(0));
	/* Not "> 0": under a CI runner the session leader can sit outside this pid
	 * namespace, and Linux then reports session 0. */
	YESNO("getsid(0) >= 0", getsid(0) >= 0);
	YESNO("getsid(0) == getsid(getpid())", getsid(0) == getsid(getpid()));
	YESNO("getgroups(0, NULL) >= 0", getgroups(0, NULL) >= 0);

	printf("-- thread bookkeeping\n");
	static int tid_word;
	YESNO("set_tid_address returns the tid", syscall(SYS_set_tid_address, &tid_word) == syscall(SYS_gettid));
	static struct {
		void *next;
		long offset;
		void *pending;
	} head = {&head, 0, NULL};
	SHOW("set_robust_list(head, 24)", syscall(SYS_set_robust_list, &head, sizeof head));
	SHOW("set_robust_list with a bad size", syscall(SYS_set_robust_list, &head, 7));
	void *got = NULL;
	size_t got_len = 0;
	SHOW("get_robust_list(0)", syscall(SYS_get_robust_list, 0, &got, &got_len));
	YESNO("  returns the head just set, length 24", got == (void *)&head && got_len == 24);
	SHOW("get_robust_list with a bad pointer", syscall(SYS_get_robust_list, 0, (void *)8, &got_len));

	printf("-- umask\n");
	umask(027);
	printf("umask(022) returns the 027 just set: %o\n", (unsigned)umask(022));
	printf("umask(022) again: %o\n", (unsigned)umask(022));

	printf("-- scheduling\n");
	SHOW("sched_yield", sched_yield());
	cpu_set_t set;
	CPU_ZERO(&set);
	SHOW("sched_getaffinity(0)", sched_getaffinity(0, sizeof set, &set));
	YESNO("  at least one CPU in the set", CPU_COUNT(&set) >= 1);
	long bytes = syscall(SYS_sched_getaffinity, 0, sizeof set, &set);
	YESNO("raw sched_getaffinity returns a positive multiple of 8", bytes > 0 && bytes % 8 == 0);
	YESNO("sysconf(_SC_NPROCESSORS_ONLN) >= 1", sysconf(_SC_NPROCESSORS_ONLN) >= 1);
	SHOW("sched_getaffinity of no such pid", sched_getaffinity(0x3fffffff, sizeof set, &set));

	printf("-- getrusage\n");
	struct rusage ru;
	SHOW("getrusage(RUSAGE_SELF)", getrusage(RUSAGE_SELF, &ru));
	YESNO("  ru_maxrss > 0", ru.ru_maxrss > 0);
	YESNO("  times are sane", ru.ru_utime.tv_sec >= 0 && ru.ru_utime.tv_usec >= 0 &&
	                                  ru.ru_utime.tv_usec < 1000000 && ru.ru_stime.tv_usec < 1000000);
	SHOW("getrusage(RUSAGE_CHILDREN)", getrusage(RUSAGE_CHILDREN, &ru));
	YESNO("  no children: zero times", ru.ru_utime.tv_sec == 0 && ru.ru_utime.tv_usec == 0 &&
	                                           ru.ru_stime.tv_sec == 0 && ru.ru_stime.tv_usec == 0);
	SHOW("getrusage(42)", getrusage(42, &ru));

	printf("-- sysconf and the auxiliary vector\n");
	printf("sysconf(_SC_PAGESIZE) %ld, _SC_CLK_TCK %ld\n", sysconf(_SC_PAGESIZE), sysconf(_SC_CLK_TCK));
	printf("AT_PAGESZ %lu, AT_SECURE %lu\n", getauxval(AT_PAGESZ), getauxval(AT_SECURE));
	YESNO("AT_UID/AT_EUID/AT_GID/AT_EGID match the ids",
	      getauxval(AT_UID) == getuid() && getauxval(AT_EUID) == geteuid() && getauxval(AT_GID) == getgid() &&
	              getauxval(AT_EGID) == getegid());
	const unsigned char *rnd = (const unsigned char *)getauxval(AT_RANDOM);
	int nonzero = 0;
	for (int i = 0; rnd && i < 16; i++)
		nonzero += rnd[i] != 0;
	YESNO("AT_RANDOM points at 16 bytes, not all zero", rnd && nonzero > 0);
	YESNO("AT_PHDR and AT_ENTRY set", getauxval(AT_PHDR) != 0 && getauxval(AT_ENTRY) != 0);
	printf("ids: done\n");
	return 0;
}
