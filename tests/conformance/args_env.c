/* args_env.c: argv and envp from the boot command line, with quoting; getenv; the auxiliary vector. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>

extern char **environ;

int main(int argc, char **argv)
{
	printf("argc %d\n", argc);
	for (int i = 1; i < argc; i++)
		printf("argv[%d] = [%s]\n", i, argv[i]);
	printf("argv[argc] == NULL: %s\n", argv[argc] ? "no" : "yes");
	int n = 0;
	for (char **e = environ; *e; e++)
		n++;
	printf("environment entries: %d\n", n);
	printf("GREETING=%s\n", getenv("GREETING"));
	printf("EMPTY=[%s]\n", getenv("EMPTY"));
	printf("QUOTED=[%s]\n", getenv("QUOTED"));
	printf("MISSING is %s\n", getenv("MISSING") ? "set" : "unset");
	printf("AT_PAGESZ %lu\n", getauxval(AT_PAGESZ));
	printf("AT_PHDR set %d, AT_ENTRY set %d, AT_RANDOM set %d\n", getauxval(AT_PHDR) != 0, getauxval(AT_ENTRY) != 0, getauxval(AT_RANDOM) != 0);
	printf("AT_SECURE %lu\n", getauxval(AT_SECURE));
	return 0;
}
