/* exit_paths.c: what each way of ending runs and flushes: atexit order, quick_exit, _exit, abort, exit_group. */
#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "conformance.h"

static void first(void) { printf("atexit: registered first, runs last\n"); }
static void second(void) { printf("atexit: registered second\n"); }
static void third(void) { printf("atexit: registered third, runs first\n"); }
static void quick(void)
{
	printf("at_quick_exit handler\n");
	fflush(stdout);
}

int main(int argc, char **argv)
{
	const char *how = argc > 1 ? argv[1] : "return";
	static char buf[BUFSIZ];
	setvbuf(stdout, buf, _IOFBF, sizeof buf); /* fully buffered on both sides */
	atexit(first);
	atexit(second);
	atexit(third);
	at_quick_exit(quick);
	printf("mode %s: this line sits in the stdio buffer\n", how);
	if (!strcmp(how, "exit"))
		exit(5);
	if (!strcmp(how, "_exit"))
		_exit(4); /* the buffered line is lost, no handlers run */
	if (!strcmp(how, "_Exit"))
		_Exit(6);
	if (!strcmp(how, "quick_exit"))
		quick_exit(7); /* at_quick_exit handlers only (this one flushes), no atexit ones */
	if (!strcmp(how, "abort"))
		abort(); /* no flush, status 134 */
	if (!strcmp(how, "exit_group"))
		syscall(SYS_exit_group, 8);
	if (!strcmp(how, "flush_then_exit_group")) {
		fflush(stdout);
		syscall(SYS_exit_group, 9);
	}
	return 10; /* like exit(10) */
}
