/* tls_misc.c: __thread variables, arch_prctl(ARCH_GET_FS) pointing at the thread block, getrandom, futex. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/random.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#define ARCH_GET_FS 0x1003 /* asm/prctl.h, not shipped with musl */
#define FUTEX_WAIT 0
#define FUTEX_WAKE 1

static __thread int counter = 41;
static __thread char zeroed[64];

int main(void)
{
	counter++;
	printf("__thread int: %d, tbss zero: %d\n", counter, zeroed[10]);
	unsigned long fs = 0;
	printf("arch_prctl GET_FS: %ld\n", syscall(SYS_arch_prctl, ARCH_GET_FS, &fs));
	printf("fs points at itself (musl TCB self pointer): %s\n", *(unsigned long *)fs == fs ? "yes" : "no");
	printf("bad arch_prctl code: %ld %s\n", syscall(SYS_arch_prctl, 0x9999, 0), errno == EINVAL ? "EINVAL" : "?");
	unsigned char a[32], b[32];
	printf("getrandom: %zd %zd\n", getrandom(a, sizeof a, 0), getrandom(b, sizeof b, GRND_NONBLOCK));
	printf("two draws differ: %s\n", memcmp(a, b, sizeof a) ? "yes" : "no");
	printf("getrandom bad flags: %zd %s\n", getrandom(a, 1, 0x1000), errno == EINVAL ? "EINVAL" : "?");
	int word = 5;
	printf("futex wait on a changed value: %ld %s\n", syscall(SYS_futex, &word, FUTEX_WAIT, 6, 0), errno == EAGAIN ? "EAGAIN" : "?");
	struct timespec to = {0, 20000000};
	printf("futex wait timeout: %ld %s\n", syscall(SYS_futex, &word, FUTEX_WAIT, 5, &to), errno == ETIMEDOUT ? "ETIMEDOUT" : "?");
	printf("futex wake nobody: %ld\n", syscall(SYS_futex, &word, FUTEX_WAKE, 1));
	printf("futex bad address: %ld %s\n", syscall(SYS_futex, (int *)8, FUTEX_WAIT, 0, 0), errno == EFAULT ? "EFAULT" : "?");
	printf("set_robust_list bad size: %ld %s\n", syscall(SYS_set_robust_list, 0, 7), errno == EINVAL ? "EINVAL" : "?");
	return 0;
}
