/*
 * select.c: select() for HaLVM images, linked in place of musl's (halvm-gcc.specs links
 * halvm-libc-overrides.o with the start files, ahead of every archive, so musl's select.o is
 * never pulled in). It hands the caller's own struct timeval to the kernel, which, like Linux,
 * leaves the time not yet slept in it, also after EINTR. musl's select copies the timeout into
 * a temporary instead, which POSIX allows; but GHC's non-threaded RTS (rts/posix/Select.c,
 * awaitEvent) calls select again with the same timeval after every EINTR, relying on glibc's
 * pass-through. With musl's copy, every 10 ms RTS tick restarted the whole timeout, and
 * threadDelay woke only on a tick: 10 ms asked, 20 ms slept.
 */
#include <sys/select.h>
#include <sys/syscall.h>
#include <unistd.h>

int select(int n, fd_set *restrict rfds, fd_set *restrict wfds, fd_set *restrict efds, struct timeval *restrict tv)
{
	return syscall(SYS_select, n, rfds, wfds, efds, tv);
}
