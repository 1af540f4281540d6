/* stack_redzone.c: the 128-byte red zone survives timer signals and interrupts; deep recursion; 4 MiB stack array. */
#define _GNU_SOURCE
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>

#include "conformance.h"

static volatile sig_atomic_t ticks;
static void on_tick(int sig)
{
	(void)sig;
	volatile char scratch[512]; /* a handler that uses its stack */
	memset((char *)scratch, 0xee, sizeof scratch);
	ticks++;
}

/* A leaf loop that keeps 16 quadwords in the red zone (below %rsp, never reserved) and checks
 * them on every pass; returns how many passes found one changed. */
static long redzone_loop(long passes)
{
	long bad = 0;
	__asm__ volatile("1:\n\t"
	                 "mov $16, %%ecx\n\t"
	                 "lea -128(%%rsp), %%rdi\n"
	                 "2:\n\t"
	                 "mov %%rcx, %%rax\n\t"
	                 "imul $0x7f4a7c15, %%rax, %%rax\n\t"
	                 "mov %%rax, -8(%%rdi,%%rcx,8)\n\t"
	                 "dec %%ecx\n\t"
	                 "jnz 2b\n\t"
	                 "mov $2000, %%edx\n" /* spin a while with the values in place */
	                 "3:\n\t"
	                 "pause\n\t"
	                 "dec %%edx\n\t"
	                 "jnz 3b\n\t"
	                 "mov $16, %%ecx\n"
	                 "4:\n\t"
	                 "mov %%rcx, %%rax\n\t"
	                 "imul $0x7f4a7c15, %%rax, %%rax\n\t"
	                 "cmp %%rax, -8(%%rdi,%%rcx,8)\n\t"
	                 "je 5f\n\t"
	                 "inc %[bad]\n"
	                 "5:\n\t"
	                 "dec %%ecx\n\t"
	                 "jnz 4b\n\t"
	                 "dec %[passes]\n\t"
	                 "jnz 1b\n\t"
	                 : [bad] "+r"(bad), [passes] "+r"(passes)
	                 :
	                 : "rax", "rcx", "rdx", "rdi", "cc", "memory");
	return bad;
}

static __attribute__((noinline)) int depth(int n)
{
	volatile char frame[256];
	frame[0] = 1;
	if (n == 0)
		return 0;
	int below = depth(n - 1);
	return below + frame[0]; /* the frame is still needed after the call: real recursion */
}

int main(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_tick;
	sa.sa_flags = SA_RESTART;
	sigaction(SIGALRM, &sa, NULL);
	setitimer(ITIMER_REAL, &(struct itimerval){{0, 1000}, {0, 1000}}, NULL); /* every 1 ms */
	long bad = 0, rounds = 0;
	double t0 = mono_now();
	while (ticks < 50 && mono_now() - t0 < 10) {
		bad += redzone_loop(200);
		rounds++;
	}
	setitimer(ITIMER_REAL, &(struct itimerval){{0, 0}, {0, 0}}, NULL);
	printf("timer signals during the red-zone loop: %s\n", ticks >= 50 ? ">= 50" : "too few");
	printf("red-zone words found changed: %ld\n", bad);

	struct rlimit rl = {8 << 20, 8 << 20}; /* natively: make sure the stack may grow to 8 MiB */
	getrlimit(RLIMIT_STACK, &rl);
	if (rl.rlim_cur < (8u << 20) && rl.rlim_max >= (8u << 20)) {
		rl.rlim_cur = 8 << 20;
		setrlimit(RLIMIT_STACK, &rl);
	}
	printf("recursion 10000 deep (about 3 MiB of stack): %d\n", depth(10000));
	volatile char big[4 << 20];
	for (size_t i = 0; i < sizeof big; i += 4096)
		big[i] = (char)(i >> 12);
	long sum = 0;
	for (size_t i = 0; i < sizeof big; i += 4096)
		sum += big[i];
	printf("a 4 MiB array on the stack: checksum %ld\n", sum);
	printf("stack_redzone: done\n");
	return 0;
}
