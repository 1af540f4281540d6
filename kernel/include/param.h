/* param.h: every fixed limit and address-space constant of the HaLVM kernel, in one place. */
#ifndef HALVM_PARAM_H
#define HALVM_PARAM_H

#define PAGE_SIZE 4096UL
#define PAGE_SHIFT 12

/* clang-format off */
/* Address space (see docs/architecture.md). */
#define IMAGE_BASE 0x100000UL              /* load and link address of the image */
#define BRK_BASE 0x0000100000000000UL      /* program heap (brk) starts here */
#define BRK_MAX (1UL << 40)                /* brk may grow this far */
#define MMAP_TOP 0x00007fe000000000UL      /* top-down mmap search starts below */
#define MMAP_BOTTOM 0x0000200000000000UL   /* and stops here */
#define MMAP_MIN_ADDR 0x10000UL          /* lowest address an mmap hint may name */
#define USER_TOP 0x0000800000000000UL      /* end of the canonical lower half */
#define STACK_TOP 0x00007ff000000000UL     /* program stack top */
#define STACK_SIZE (8UL << 20)             /* program stack, demand paged, guard below */
#define PHYSMAP_BASE 0xffff800000000000UL  /* all RAM, kernel only */
#define KSTACK_BASE 0xffffc00000000000UL   /* kernel stacks, each with a guard page */
#define KSTACK_PAGES 4                     /* 16 KiB per kernel stack */

/* Sizes of kernel tables. */
#define NVMA 4096         /* program memory regions */
#define NOFILE 1024       /* open file descriptors (RLIMIT_NOFILE) */
#define NFILE 256         /* open file objects */
#define NPIPE 32          /* pipes */
#define PIPE_BUF_SIZE 65536 /* bytes buffered per pipe */
#define NTIMER 32         /* POSIX timers */
#define NSIG_LINUX 64     /* signals 1..64 */
#define CMDLINE_MAX 4096  /* boot command line bytes */
#define MAXARG 256        /* argv + envp entries */
#define NMEMMAP 128       /* physical memory map entries */
#define CONSOLE_INBUF 4096 /* console input ring */

/* Memory the kernel keeps back from the program's commit limit (page tables, stacks). */
#define KERNEL_RESERVE_PAGES 64
#define MIN_MEMORY (1UL << 20) /* refuse to boot with less usable RAM */

/* Exit statuses the kernel itself produces (docs/debugging.md). */
#define EXIT_PANIC 255    /* kernel panic */
#define EXIT_OOM 137      /* demand paging found no free frame: like SIGKILL */
#define EXIT_BADBOOT 254  /* unusable boot input (command line, memory) */

/* clang-format on */

#endif
