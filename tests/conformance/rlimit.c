/* rlimit.c: getrlimit/setrlimit/prlimit64: values read back, RLIMIT_NOFILE enforced (EMFILE, EBADF), errors. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "conformance.h"

static const struct {
	int r;
	const char *name;
} res[] = {
        {RLIMIT_CPU, "RLIMIT_CPU"},     {RLIMIT_FSIZE, "RLIMIT_FSIZE"},     {RLIMIT_DATA, "RLIMIT_DATA"},
        {RLIMIT_STACK, "RLIMIT_STACK"}, {RLIMIT_CORE, "RLIMIT_CORE"},       {RLIMIT_NOFILE, "RLIMIT_NOFILE"},
        {RLIMIT_AS, "RLIMIT_AS"},       {RLIMIT_MEMLOCK, "RLIMIT_MEMLOCK"}, {RLIMIT_NPROC, "RLIMIT_NPROC"},
};

int main(void)
{
	for (int fd = 3; fd < 1024; fd++)
		close(fd); /* whatever the native parent left open */
	struct rlimit rl;
	for (unsigned i = 0; i < sizeof res / sizeof res[0]; i++) {
		int r = getrlimit(res[i].r, &rl);
		printf("getrlimit(%s): %d, cur <= max: %s\n", res[i].name, r,
		       rl.rlim_cur <= rl.rlim_max ? "yes" : "no");
	}
	getrlimit(RLIMIT_STACK, &rl);
	YESNO("RLIMIT_STACK cur >= 1 MiB", rl.rlim_cur >= (1u << 20));

	printf("-- setrlimit and read back\n");
	getrlimit(RLIMIT_CORE, &rl);
	rl.rlim_cur = 0;
	SHOW("setrlimit(RLIMIT_CORE, cur 0)", setrlimit(RLIMIT_CORE, &rl));
	getrlimit(RLIMIT_CORE, &rl);
	printf("  read back cur %llu\n", (unsigned long long)rl.rlim_cur);
	struct rlimit bad = {10, 5};
	SHOW("setrlimit with cur > max", setrlimit(RLIMIT_NOFILE, &bad));
	SHOW("getrlimit(99)", getrlimit(99, &rl));
	SHOW("setrlimit(99)", setrlimit(99, &rl));
	SHOW("raw getrlimit into a bad pointer", syscall(SYS_getrlimit, RLIMIT_NOFILE, (void *)8));

	printf("-- RLIMIT_NOFILE is enforced\n");
	getrlimit(RLIMIT_NOFILE, &rl);
	struct rlimit low = {64, rl.rlim_max};
	SHOW("setrlimit(RLIMIT_NOFILE, cur 64)", setrlimit(RLIMIT_NOFILE, &low));
	getrlimit(RLIMIT_NOFILE, &rl);
	printf("  read back cur %llu\n", (unsigned long long)rl.rlim_cur);
	SHOW("dup2(1, 63)", dup2(1, 63));
	SHOW("dup2(1, 64)", dup2(1, 64));
	SHOW("fcntl(1, F_DUPFD, 64)", fcntl(1, F_DUPFD, 64));
	close(63);
	int n = 0, fd;
	while ((fd = open("/dev/null", O_RDONLY)) >= 0)
		n++;
	printf("opened /dev/null %d times, then %s\n", n, errname(errno));
	int p[2];
	SHOW("pipe when the table is full", pipe(p));
	SHOW("dup when the table is full", dup(1));
	for (fd = 3; fd < 64; fd++)
		close(fd);
	SHOW("open after closing them", open("/dev/null", O_RDONLY));

	printf("-- prlimit64\n");
	struct rlimit nw = {100, rl.rlim_max}, old = {0, 0};
	SHOW("prlimit64(0, RLIMIT_NOFILE, new 100, old)", syscall(SYS_prlimit64, 0, RLIMIT_NOFILE, &nw, &old));
	printf("  old cur %llu\n", (unsigned long long)old.rlim_cur);
	SHOW("prlimit64(getpid(), read only)", syscall(SYS_prlimit64, getpid(), RLIMIT_NOFILE, NULL, &old));
	printf("  cur %llu, max unchanged: %s\n", (unsigned long long)old.rlim_cur,
	       old.rlim_max == rl.rlim_max ? "yes" : "no");
	SHOW("prlimit64 of no such pid", syscall(SYS_prlimit64, 0x3fffffff, RLIMIT_NOFILE, NULL, &old));
	SHOW("prlimit64 with resource 99", syscall(SYS_prlimit64, 0, 99, NULL, &old));
	printf("rlimit: done\n");
	return 0;
}
