/* crash_ud.c: executes an invalid instruction (ud2); expect a crash report and status 132 (SIGILL). */
int main(void)
{
	__builtin_trap();
}
