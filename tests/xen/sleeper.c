/* sleeper.c: prints its wall clock, sleeps argv[1] seconds, prints it again: an idle domain must not burn CPU. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	printf("wallclock %ld\n", (long)time(0));
	fflush(stdout);
	sleep(argc > 1 ? atoi(argv[1]) : 3);
	printf("wallclock %ld\n", (long)time(0));
	return 0;
}
