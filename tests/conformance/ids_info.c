/* ids_info.c: process identity, uname, sysinfo, rlimits, rusage, getcwd, sched_getaffinity, umask. */
#define _GNU_SOURCE
#include <errno.h>
#include <sched.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/sysinfo.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <unistd.h>

int main(void)
{
	printf("getpid > 0: %s\n", getpid() > 0 ? "yes" : "no");
	printf("gettid == getpid (one thread): %s\n", syscall(SYS_gettid) == getpid() ? "yes" : "no");
	printf("getppid >= 0: %s\n", getppid() >= 0 ? "yes" : "no");
	printf("uid == euid, gid == egid: %s\n", getuid() == geteuid() && getgid() == getegid() ? "yes" : "no");
	struct utsname u;
	printf("uname: %d sysname %s machine %s release nonempty %s\n", uname(&u), u.sysname, u.machine, u.release[0] ? "yes" : "no");
	struct sysinfo si;
	printf("sysinfo: %d totalram > freeram %s, mem_unit > 0 %s\n", sysinfo(&si), si.totalram * (unsigned long)si.mem_unit >= si.freeram * (unsigned long)si.mem_unit ? "yes" : "no", si.mem_unit > 0 ? "yes" : "no");
	struct rlimit rl;
	printf("getrlimit NOFILE: %d cur>=64 %s\n", getrlimit(RLIMIT_NOFILE, &rl), rl.rlim_cur >= 64 ? "yes" : "no");
	struct rlimit lower = {256, rl.rlim_max};
	printf("setrlimit lower NOFILE: %d\n", setrlimit(RLIMIT_NOFILE, &lower));
	getrlimit(RLIMIT_NOFILE, &rl);
	printf("  now %ld\n", (long)rl.rlim_cur);
	struct rlimit bad = {10, 5};
	printf("cur > max: %d %s\n", setrlimit(RLIMIT_NOFILE, &bad), errno == EINVAL ? "EINVAL" : "?");
	printf("bad resource: %d %s\n", getrlimit(99, &rl), errno == EINVAL ? "EINVAL" : "?");
	printf("prlimit64 self: %ld\n", syscall(SYS_prlimit64, 0, RLIMIT_STACK, 0, &rl));
	struct rusage ru;
	printf("getrusage: %d\n", getrusage(RUSAGE_SELF, &ru));
	printf("getrusage bad who: %d %s\n", getrusage(42, &ru), errno == EINVAL ? "EINVAL" : "?");
	char cwd[64];
	printf("getcwd: %s\n", getcwd(cwd, sizeof cwd));
	printf("getcwd tiny buffer: %s %s\n", getcwd(cwd, 1) ? "?" : "NULL", errno == ERANGE ? "ERANGE" : "?");
	cpu_set_t set;
	CPU_ZERO(&set);
	printf("sched_getaffinity: %d, cpu0 %d\n", sched_getaffinity(0, sizeof set, &set), CPU_ISSET(0, &set));
	printf("sched_yield: %d\n", sched_yield());
	umask(027);
	printf("umask: %o\n", umask(022));
	return 0;
}
