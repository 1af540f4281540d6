/* exit_code.c: exit with the status given in argv[1] (0-255, or via exit() vs return vs _exit). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	int code = atoi(argv[1]);
	printf("exiting with %d via %s\n", code, argc > 2 ? argv[2] : "return");
	if (argc > 2 && !strcmp(argv[2], "exit"))
		exit(code);
	if (argc > 2 && !strcmp(argv[2], "_exit")) {
		fflush(stdout);
		_exit(code);
	}
	return code;
}
