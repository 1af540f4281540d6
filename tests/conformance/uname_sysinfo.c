/* uname_sysinfo.c: uname fields (sysname Linux, machine x86_64), gethostname, sysinfo consistency, sysconf, EFAULT. */
#define _GNU_SOURCE
#include <string.h>
#include <sys/syscall.h>
#include <sys/sysinfo.h>
#include <sys/utsname.h>
#include <unistd.h>

#include "conformance.h"

static int terminated(const char *f) { return memchr(f, 0, sizeof((struct utsname *)0)->sysname) != NULL; }

int main(void)
{
	struct utsname u;
	memset(&u, 'x', sizeof u);
	SHOW("uname", uname(&u));
	printf("sysname: %s\n", u.sysname);
	printf("machine: %s\n", u.machine);
	YESNO("every field NUL-terminated", terminated(u.sysname) && terminated(u.nodename) && terminated(u.release) &&
	                                            terminated(u.version) && terminated(u.machine) &&
	                                            terminated(u.domainname));
	YESNO("nodename nonempty", u.nodename[0] != 0);
	YESNO("release nonempty", u.release[0] != 0);
	YESNO("release starts with a digit", u.release[0] >= '0' && u.release[0] <= '9');
	YESNO("version nonempty", u.version[0] != 0);
	char host[256];
	SHOW("gethostname", gethostname(host, sizeof host));
	YESNO("  same as nodename", strcmp(host, u.nodename) == 0);
	SHOW("raw uname into a bad pointer", syscall(SYS_uname, (void *)8));

	printf("-- sysinfo\n");
	struct sysinfo si;
	SHOW("sysinfo", sysinfo(&si));
	unsigned long unit = si.mem_unit ? si.mem_unit : 1;
	YESNO("mem_unit >= 1", si.mem_unit >= 1);
	YESNO("totalram > 16 MiB", si.totalram * unit > (16ul << 20));
	YESNO("freeram <= totalram", si.freeram <= si.totalram);
	YESNO("freeswap <= totalswap", si.freeswap <= si.totalswap);
	YESNO("procs >= 1", si.procs >= 1);
	struct sysinfo si2;
	sysinfo(&si2);
	YESNO("uptime never goes back", si2.uptime >= si.uptime);
	SHOW("raw sysinfo into a bad pointer", syscall(SYS_sysinfo, (void *)8));

	printf("-- sysconf\n");
	long phys = sysconf(_SC_PHYS_PAGES), avail = sysconf(_SC_AVPHYS_PAGES);
	YESNO("_SC_PHYS_PAGES > 0", phys > 0);
	YESNO("_SC_AVPHYS_PAGES <= _SC_PHYS_PAGES", avail >= 0 && avail <= phys);
	YESNO("get_nprocs >= 1, get_nprocs_conf >= get_nprocs", get_nprocs() >= 1 && get_nprocs_conf() >= get_nprocs());
	printf("uname_sysinfo: done\n");
	return 0;
}
