/*
 * main.c: kmain, the C entry point after boot.S reached long mode. Reads the
 * PVH start info (command line, memory map, boot modules), sets up memory,
 * the CPU and the platform, prints the boot banner and starts the program.
 * Bad boot input (oversized command line, too little memory) ends the guest
 * with a message and EXIT_BADBOOT, never a hang.
 */
#include "defs.h"
#include <xen/xen.h>
#include <xen/arch-x86/hvm/start_info.h>
#include "platform.h"
#include "x86.h"

struct hvm_start_info *start_info;
uint64_t boot_tsc;
extern char _end[];

static struct cmdline cl;
static char cmdline_copy[CMDLINE_MAX + 1];
static bool cmdline_too_long;
static struct hvm_memmap_table_entry memmap[NMEMMAP];
static unsigned nmemmap;
static uint64_t mod_start, mod_len;

static noreturn void bad_boot(const char *fmt, const char *arg)
{
	kprintf("halvm: cannot start: ");
	kprintf(fmt, arg);
	kprintf("\n");
	proc_exit(EXIT_BADBOOT);
}

/* Copy what we need out of the start info before any frame is handed out. */
static void read_start_info(uint32_t si_pa)
{
	start_info = p2v(si_pa);
	if (start_info->magic != XEN_HVM_START_MAGIC_VALUE)
		bad_boot("no PVH start info (magic %s); boot this image as a PVH kernel", "mismatch");
	if (start_info->cmdline_paddr) {
		const char *s = p2v(start_info->cmdline_paddr);
		size_t n = 0;
		while (s[n] && n <= CMDLINE_MAX)
			n++;
		cmdline_too_long = n > CMDLINE_MAX;
		memcpy(cmdline_copy, s, MIN(n, CMDLINE_MAX));
	}
	if (start_info->version >= 1 && start_info->memmap_paddr) {
		nmemmap = MIN(start_info->memmap_entries, NMEMMAP);
		memcpy(memmap, p2v(start_info->memmap_paddr), nmemmap * sizeof(memmap[0]));
	}
	if (start_info->nr_modules && start_info->modlist_paddr) {
		struct hvm_modlist_entry *m = p2v(start_info->modlist_paddr);
		mod_start = m[0].paddr;
		mod_len = m[0].size;
	}
}

/* Give RAM to the frame allocator, minus low memory, the image and the stdin module. */
static uint64_t add_ram(void)
{
	uint64_t max = 0;
	uint64_t holes[][2] = {{0, 1ul << 20},
	                       {IMAGE_BASE, ALIGN_UP((uint64_t)_end, PAGE_SIZE)},
	                       {ALIGN_DOWN(mod_start, PAGE_SIZE), ALIGN_UP(mod_start + mod_len, PAGE_SIZE)}};
	for (unsigned i = 0; i < nmemmap; i++) {
		if (memmap[i].type != XEN_HVM_MEMMAP_TYPE_RAM)
			continue;
		uint64_t lo = memmap[i].addr, hi = memmap[i].addr + memmap[i].size;
		max = MAX(max, hi);
		/* Subtract the holes (they are sorted and disjoint). */
		for (unsigned h = 0; h < ARRAY_SIZE(holes) && lo < hi; h++) {
			if (holes[h][1] <= lo || holes[h][0] >= hi)
				continue;
			if (holes[h][0] > lo)
				frame_add_range(lo, holes[h][0]);
			lo = MAX(lo, holes[h][1]);
		}
		if (lo < hi)
			frame_add_range(lo, hi);
	}
	return max;
}

static void banner(void)
{
	char desc[128];
	platform->describe(desc, sizeof(desc));
	klog(LOG_INFO, "HaLVM %s booting on %s\n", halvm_version, platform->name);
	klog(LOG_INFO, "  command line: %s\n", cmdline_copy);
	klog(LOG_INFO, "  memory: %lu KiB usable, %lu KiB free for the program\n", frame_total_count() * 4,
	     vm_commit_limit * 4);
	for (unsigned i = 0; i < nmemmap; i++)
		klog(LOG_INFO, "    %016lx-%016lx %s\n", memmap[i].addr, memmap[i].addr + memmap[i].size,
		     memmap[i].type == XEN_HVM_MEMMAP_TYPE_RAM ? "ram" : "reserved");
	klog(LOG_INFO, "  %s, fpu state %u bytes\n", desc, fpu_state_size());
	if (mod_len || cl.stdin_mode == STDIN_MODULE)
		klog(LOG_INFO, "  stdin: boot module, %lu bytes\n", mod_len);
}

void kmain(uint32_t si_pa)
{
	boot_tsc = rdtsc();
	platform_select();
	read_start_info(si_pa);
	uint64_t max_phys = add_ram();
	if (frame_total_count() < 64) /* not even enough to bring up a console */
		bad_boot("too little memory (%s); give the guest at least 4 MiB", "under 256 KiB usable");
	paging_init(max_phys);
	cpu_init();
	pic_disable();
	platform->init();
	if (frame_total_count() * PAGE_SIZE < MIN_MEMORY)
		bad_boot("too little memory (%s); give the guest at least 4 MiB", "under 1 MiB usable");

	if (cmdline_too_long)
		bad_boot("command line longer than %s bytes", "4096");
	if (cmdline_parse(cmdline_copy, &cl))
		bad_boot("bad command line: %s", cl.error);
	if (cl.loglevel >= 0)
		log_level = cl.loglevel;
	strace_enabled = cl.strace;
	console_set_tty(cl.tty);

	uint64_t avail = frame_free_count();
	if (avail < KERNEL_RESERVE_PAGES * 2)
		bad_boot("too little memory left for the program (%s); raise the guest memory", "under 512 KiB");
	vm_commit_limit = avail - KERNEL_RESERVE_PAGES - avail / 64;
	banner();

	if (cl.stdin_mode == STDIN_MODULE && !mod_len && !start_info->nr_modules)
		bad_boot("stdin=module given but the boot %s", "has no module");
	file_init(cl.stdin_mode == STDIN_MODULE  ? FI_MODULE
	          : cl.stdin_mode == STDIN_EMPTY ? FI_EMPTY
	                                         : FI_CONSOLE,
	          p2v(mod_start), mod_len);
	exec_program(&cl);
}
