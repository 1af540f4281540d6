/* crash_null.c: writes through a NULL pointer; HaLVM must print a crash report and end with 139. */
#include <stdio.h>

__attribute__((noinline)) static void poke(volatile int *p) { *p = 42; }

int main(void)
{
	printf("about to crash\n");
	fflush(stdout);
	poke((volatile int *)0);
	printf("not reached\n");
	return 0;
}
