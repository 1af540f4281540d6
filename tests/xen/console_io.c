/* console_io.c: writes a marker line to the hypervisor console with HYPERVISOR_console_io and reports
 * whether Xen allowed it (stock hypervisors: -EPERM; CONFIG_VERBOSE_DEBUG builds, see xen-spec/: 0).
 * The marker carries argv[1] so the test can find this run's line in `xl dmesg`. */
#include <stdio.h>
#include <string.h>

long halvm_xen_console_io_write(const char *buf, unsigned long n);

int main(int argc, char **argv)
{
	char line[128];
	snprintf(line, sizeof line, "halvm console_io marker %s\n", argc > 1 ? argv[1] : "none");
	long r = halvm_xen_console_io_write(line, strlen(line));
	printf("console_io write: %ld (%s)\n", r, r == 0 ? "allowed" : r == -1 ? "EPERM" : "error");
	return 0;
}
