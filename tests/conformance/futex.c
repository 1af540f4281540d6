/* futex.c: FUTEX_WAIT/WAKE/WAIT_BITSET/REQUEUE in one thread: mismatch, timeouts, errors; libc waits on futexes. */
#define _GNU_SOURCE
#include <pthread.h>
#include <semaphore.h>
#include <stdint.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "conformance.h"

static long futex(void *addr, int op, unsigned val, const struct timespec *to, void *addr2, unsigned val3)
{
	return syscall(SYS_futex, addr, op, val, to, addr2, val3);
}

static struct timespec in(clockid_t c, long ns)
{
	struct timespec t;
	clock_gettime(c, &t);
	t.tv_nsec += ns;
	while (t.tv_nsec >= 1000000000) {
		t.tv_sec++;
		t.tv_nsec -= 1000000000;
	}
	return t;
}

static void took(double t0, double lo)
{
	double dt = mono_now() - t0;
	printf("  waited >= %.0f ms and < 2 s: %s\n", lo * 1000, dt >= lo && dt < 2 ? "yes" : "no");
}

int main(void)
{
	static uint32_t word = 5, other = 0;
	SHOW("WAIT with a different value", futex(&word, FUTEX_WAIT, 6, NULL, NULL, 0));
	SHOW("WAIT_PRIVATE with a different value", futex(&word, FUTEX_WAIT_PRIVATE, 6, NULL, NULL, 0));
	double t0 = mono_now();
	SHOW("WAIT with a 20 ms timeout", futex(&word, FUTEX_WAIT, 5, &(struct timespec){0, 20000000}, NULL, 0));
	took(t0, 0.02);
	t0 = mono_now();
	SHOW("WAIT with a zero timeout", futex(&word, FUTEX_WAIT_PRIVATE, 5, &(struct timespec){0, 0}, NULL, 0));
	took(t0, 0);
	struct timespec abs = in(CLOCK_MONOTONIC, 20000000);
	t0 = mono_now();
	SHOW("WAIT_BITSET, absolute MONOTONIC deadline 20 ms ahead",
	     futex(&word, FUTEX_WAIT_BITSET | FUTEX_PRIVATE_FLAG, 5, &abs, NULL, FUTEX_BITSET_MATCH_ANY));
	took(t0, 0.02);
	abs = in(CLOCK_REALTIME, 20000000);
	t0 = mono_now();
	SHOW("WAIT_BITSET|CLOCK_REALTIME, absolute deadline 20 ms ahead",
	     futex(&word, FUTEX_WAIT_BITSET | FUTEX_CLOCK_REALTIME, 5, &abs, NULL, FUTEX_BITSET_MATCH_ANY));
	took(t0, 0.02);
	SHOW("WAIT_BITSET with a past deadline",
	     futex(&word, FUTEX_WAIT_BITSET, 5, &(struct timespec){1, 0}, NULL, FUTEX_BITSET_MATCH_ANY));

	printf("-- waking nobody\n");
	SHOW("WAKE 1", futex(&word, FUTEX_WAKE, 1, NULL, NULL, 0));
	SHOW("WAKE_PRIVATE all", futex(&word, FUTEX_WAKE_PRIVATE, INT32_MAX, NULL, NULL, 0));
	SHOW("WAKE_BITSET", futex(&word, FUTEX_WAKE_BITSET, 1, NULL, NULL, FUTEX_BITSET_MATCH_ANY));
	SHOW("REQUEUE", futex(&word, FUTEX_REQUEUE, 1, (void *)(uintptr_t)1, &other, 0));

	printf("-- errors\n");
	SHOW("WAIT on address 8", futex((void *)8, FUTEX_WAIT, 0, NULL, NULL, 0));
	SHOW("WAIT on an unaligned address", futex((char *)&word + 1, FUTEX_WAIT, 0, NULL, NULL, 0));
	SHOW("WAIT with tv_nsec = 1e9", futex(&word, FUTEX_WAIT, 5, &(struct timespec){0, 1000000000}, NULL, 0));
	SHOW("WAIT with a negative timeout", futex(&word, FUTEX_WAIT, 5, &(struct timespec){-1, 0}, NULL, 0));
	/* These carry a short timeout so that a kernel which does not reject them times out
	 * (a visible difference) instead of waiting forever. */
	abs = in(CLOCK_MONOTONIC, 20000000);
	SHOW("WAIT_BITSET with bitset 0", futex(&word, FUTEX_WAIT_BITSET, 5, &abs, NULL, 0));
	SHOW("WAIT with FUTEX_CLOCK_REALTIME (only for BITSET)",
	     futex(&word, FUTEX_WAIT | FUTEX_CLOCK_REALTIME, 5, &(struct timespec){0, 20000000}, NULL, 0));
	SHOW("unknown operation 99", futex(&word, 99, 0, NULL, NULL, 0));

	printf("-- libc waits that sleep on futexes\n");
	sem_t sem;
	sem_init(&sem, 0, 0);
	struct timespec dl = in(CLOCK_REALTIME, 20000000);
	t0 = mono_now();
	SHOW("sem_timedwait on 0, 20 ms", sem_timedwait(&sem, &dl));
	took(t0, 0.02);
	sem_post(&sem);
	SHOW("sem_trywait after sem_post", sem_trywait(&sem));
	SHOW("sem_trywait again", sem_trywait(&sem));
	pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
	SHOW_RC("pthread_mutex_lock", pthread_mutex_lock(&m));
	SHOW_RC("pthread_mutex_trylock while held", pthread_mutex_trylock(&m));
	dl = in(CLOCK_REALTIME, 20000000);
	t0 = mono_now();
	SHOW_RC("pthread_mutex_timedlock while held, 20 ms", pthread_mutex_timedlock(&m, &dl));
	took(t0, 0.02);
	pthread_cond_t c = PTHREAD_COND_INITIALIZER;
	dl = in(CLOCK_REALTIME, 20000000);
	t0 = mono_now();
	SHOW_RC("pthread_cond_timedwait, 20 ms", pthread_cond_timedwait(&c, &m, &dl));
	took(t0, 0.02);
	SHOW_RC("pthread_mutex_unlock", pthread_mutex_unlock(&m));
	printf("futex: done\n");
	return 0;
}
