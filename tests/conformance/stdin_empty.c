/* stdin_empty.c: with no stdin file (native: /dev/null) fd 0 reads end-of-file at once, again and again. */
#define _GNU_SOURCE
#include <string.h>
#include <unistd.h>

#include "conformance.h"

int main(void)
{
	char buf[64];
	double t0 = mono_now();
	SHOW("read(0)", read(0, buf, sizeof buf));
	SHOW("read(0) again", read(0, buf, sizeof buf));
	SHOW("read(0, 0 bytes)", read(0, buf, 0));
	YESNO("returned at once (< 1 s)", mono_now() - t0 < 1);
	printf("fgets: %s\n", fgets(buf, sizeof buf, stdin) ? "a line?!" : "NULL");
	printf("feof %d, ferror %d\n", feof(stdin) != 0, ferror(stdin) != 0);
	clearerr(stdin);
	printf("getchar after clearerr: %d\n", getchar());
	int n = 0;
	printf("scanf: %d\n", scanf("%d", &n));
	printf("stdin_empty: done\n");
	return 0;
}
