/* hello.c: the benchmark's C hello: prints its CLOCK_MONOTONIC at the start of main (on HaLVM, time since kernel entry). */
#include <stdio.h>
#include <time.h>

int main(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	printf("Hello, World\nmain reached at %ld us\n", t.tv_sec * 1000000 + t.tv_nsec / 1000);
	return 0;
}
