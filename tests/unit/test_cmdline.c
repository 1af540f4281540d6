/* test_cmdline.c: unit tests of kernel/cmdline.c: kernel options, environment, argv, quoting, limits. */
#include "defs.h"
#include "host.h"

static struct cmdline cl;

static void options_env_args(void)
{
	CHECK(cmdline_parse("quiet strace -- HOME=/ LANG=C prog a b", &cl) == 0);
	CHECK(cl.loglevel == LOG_WARN && cl.strace);
	CHECK(cl.envc == 2 && !strcmp(cl.envp[0], "HOME=/") && !strcmp(cl.envp[1], "LANG=C"));
	CHECK(cl.argc == 3 && !strcmp(cl.argv[0], "prog") && !strcmp(cl.argv[2], "b") && cl.argv[3] == 0);
	CHECK(cl.envp[2] == 0);
}

static void no_separator_is_all_program(void)
{
	CHECK(cmdline_parse("debug x", &cl) == 0);
	CHECK(cl.loglevel == -1);
	CHECK(cl.argc == 2 && !strcmp(cl.argv[0], "debug"));
}

static void quoting(void)
{
	CHECK(cmdline_parse("-- p 'a b' \"c \\\"d\\\" \\\\\" e\\ f 'it'\\''s' \"\" ''", &cl) == 0);
	CHECK(cl.argc == 7);
	CHECK(!strcmp(cl.argv[1], "a b"));
	CHECK(!strcmp(cl.argv[2], "c \"d\" \\"));
	CHECK(!strcmp(cl.argv[3], "e f"));
	CHECK(!strcmp(cl.argv[4], "it's"));
	CHECK(!strcmp(cl.argv[5], "") && !strcmp(cl.argv[6], ""));
	CHECK(cmdline_parse("-- p 'open", &cl) == -1 && cl.error);
}

static void empty_program_gets_a_name(void)
{
	CHECK(cmdline_parse("", &cl) == 0);
	CHECK(cl.argc == 1 && !strcmp(cl.argv[0], "program") && cl.envc == 0);
	CHECK(cmdline_parse("loglevel=3 stdin=module tty --", &cl) == 0);
	CHECK(cl.loglevel == 3 && cl.stdin_mode == STDIN_MODULE && cl.tty && cl.argc == 1);
}

static void errors(void)
{
	CHECK(cmdline_parse("bogus -- p", &cl) == -1 && strstr(cl.error, "bogus"));
	CHECK(cmdline_parse("loglevel=9 -- p", &cl) == -1);
	static char big[CMDLINE_MAX + 10];
	memset(big, 'x', sizeof(big) - 1);
	CHECK(cmdline_parse(big, &cl) == -1 && strstr(cl.error, "long"));
	static char many[MAXARG * 2 + 10];
	for (int i = 0; i < MAXARG + 2; i++)
		strcat(many, "a ");
	CHECK(cmdline_parse(many, &cl) == -1 && strstr(cl.error, "too many"));
}

static void assignment_only_at_front(void)
{
	CHECK(cmdline_parse("-- A=1 p B=2 1X=3", &cl) == 0);
	CHECK(cl.envc == 1 && cl.argc == 3 && !strcmp(cl.argv[1], "B=2"));
	CHECK(cmdline_parse("-- 1X=3 p", &cl) == 0);
	CHECK(cl.envc == 0 && !strcmp(cl.argv[0], "1X=3"));
}

int main(int argc, char **argv)
{
	static const struct test tests[] = {
	        {"options_env_args", options_env_args},
	        {"no_separator_is_all_program", no_separator_is_all_program},
	        {"quoting", quoting},
	        {"empty_program_gets_a_name", empty_program_gets_a_name},
	        {"errors", errors},
	        {"assignment_only_at_front", assignment_only_at_front},
	};
	return run_tests("cmdline", tests, 6, argc, argv);
}
