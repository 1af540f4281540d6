/* unimplemented.c: an unimplemented system call returns ENOSYS every time and is logged once. */
#include <errno.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
	for (int i = 0; i < 3; i++) {
		long r = syscall(SYS_io_setup, 1, 0);
		printf("io_setup: %ld %s\n", r, r == -1 && errno == ENOSYS ? "ENOSYS" : "unexpected");
	}
	return 0;
}
