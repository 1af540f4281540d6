/* args_env.c: argv/envp from the boot command line (quoting, empty, UTF-8), getenv, setenv/unsetenv/putenv, auxv. */
#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>

#include "conformance.h"

extern char **environ;

static int env_count(void)
{
	int n = 0;
	for (char **e = environ; *e; e++)
		n++;
	return n;
}

static void show_var(const char *name)
{
	const char *v = getenv(name);
	if (v)
		printf("%s=[%s]\n", name, v);
	else
		printf("%s is unset\n", name);
}

int main(int argc, char **argv)
{
	printf("argc %d\n", argc);
	for (int i = 1; i < argc; i++)
		printf("argv[%d] = [%s] (%zu bytes)\n", i, argv[i], strlen(argv[i]));
	printf("argv[argc] == NULL: %s\n", argv[argc] ? "no" : "yes");
	YESNO("argv[0] nonempty", argv[0] && argv[0][0]);
	YESNO("environ follows argv (envp == argv + argc + 1)", environ == argv + argc + 1);

	printf("-- the environment\n");
	printf("environment entries: %d\n", env_count());
	show_var("GREETING");
	show_var("EMPTY");
	show_var("QUOTED");
	show_var("EQUALS");
	show_var("UTF8");
	show_var("MISSING");
	show_var("PATH"); /* neither side invents one */

	printf("-- changing it\n");
	SHOW("setenv NEW", setenv("NEW", "value", 0));
	SHOW("setenv GREETING without overwrite", setenv("GREETING", "changed", 0));
	show_var("GREETING");
	SHOW("setenv GREETING with overwrite", setenv("GREETING", "changed", 1));
	show_var("GREETING");
	SHOW("unsetenv EMPTY", unsetenv("EMPTY"));
	show_var("EMPTY");
	static char put[] = "PUT=by putenv";
	SHOW("putenv", putenv(put));
	show_var("PUT");
	SHOW("setenv with '=' in the name", setenv("A=B", "x", 1));
	printf("environment entries: %d\n", env_count());
	SHOW("clearenv", clearenv());
	printf("environment entries: %d\n", environ ? env_count() : 0);
	show_var("NEW");

	printf("-- auxiliary vector\n");
	printf("AT_PAGESZ %lu\n", getauxval(AT_PAGESZ));
	YESNO("AT_PHDR, AT_ENTRY, AT_RANDOM set",
	      getauxval(AT_PHDR) != 0 && getauxval(AT_ENTRY) != 0 && getauxval(AT_RANDOM) != 0);
	printf("AT_SECURE %lu\n", getauxval(AT_SECURE));
	printf("args_env: done\n");
	return 0;
}
