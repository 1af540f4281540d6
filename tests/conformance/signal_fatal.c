/* signal_fatal.c: default actions end the program with status 128+signo (argv[1] picks the signal). */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv)
{
	printf("raising %s\n", argv[1]);
	fflush(stdout);
	if (!strcmp(argv[1], "abort"))
		abort();
	if (!strcmp(argv[1], "term"))
		raise(SIGTERM);
	if (!strcmp(argv[1], "segv"))
		raise(SIGSEGV);
	if (!strcmp(argv[1], "usr1"))
		raise(SIGUSR1);
	printf("survived\n");
	return 0;
}
