/* exit_code.c: exit with the status in argv[1] (0-255 and beyond) via return, exit, _exit, exit_group or SYS_exit. */
#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "conformance.h"

int main(int argc, char **argv)
{
	int code = argc > 1 ? atoi(argv[1]) : 0;
	const char *how = argc > 2 ? argv[2] : "return";
	printf("exiting with %d via %s\n", code, how);
	fflush(stdout);
	if (!strcmp(how, "exit"))
		exit(code);
	if (!strcmp(how, "_exit"))
		_exit(code);
	if (!strcmp(how, "exit_group"))
		syscall(SYS_exit_group, code);
	if (!strcmp(how, "exit_raw"))
		syscall(SYS_exit, code); /* the only thread: the process ends */
	return code;
}
