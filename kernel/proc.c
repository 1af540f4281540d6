/*
 * proc.c: the end of the program. Every way out (exit_group, a fatal signal,
 * a crash report, a panic, bad boot input) comes here so that console output
 * is flushed before the platform ends the guest with the status.
 */
#include "defs.h"
#include "platform.h"
#include "x86.h"

/* The exit record "\nHALVM_EXIT=N\n" (what halvm-run reads): written to port 0xe9, and into line. */
int exit_record(int status, char *line, size_t size)
{
	int n = ksnprintf(line, size, "\nHALVM_EXIT=%d\n", status);
	for (int i = 0; i < n; i++)
		early_putc(line[i]);
	return n;
}

noreturn void proc_exit(int status)
{
	irq_disable();
	status &= 0xff;
	if (platform) {
		console_flush();
		klog(LOG_DEBUG, "exit status %d\n", status);
		platform->exit(status);
	}
	/* Before any platform: the QEMU exit protocol by hand (harmless elsewhere). */
	char line[32];
	exit_record(status, line, sizeof(line));
	outl(0xf4, status);
	for (;;)
		__asm__ volatile("hlt");
}
