/* stdio_large.c: 200 KB through stdio then exit at once: nothing may be lost; also printf formatting. */
#include <stdio.h>

int main(void)
{
	for (int i = 0; i < 4000; i++)
		printf("line %05d: the quick brown fox jumps over the lazy dog\n", i);
	printf("%d %5.2f %-6s| %x %o %e %g %c %%\n", -42, 3.14159, "ab", 255, 8, 12345.678, 0.0001, 'z');
	fputs("no newline at the end", stdout);
	return 0;
}
