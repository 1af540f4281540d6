/* tls.c: __thread/_Thread_local data and alignment, thread pointer vs ARCH_GET_FS, ARCH_SET_FS/GS, errno in TLS. */
#define _GNU_SOURCE
#include <stdint.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "conformance.h"

#define ARCH_SET_GS 0x1001 /* <asm/prctl.h> is not among musl-gcc's headers */
#define ARCH_SET_FS 0x1002
#define ARCH_GET_FS 0x1003
#define ARCH_GET_GS 0x1004

static __thread int counter = 41;
static __thread char zeroed[100];
static __thread long table[4] = {1, 2, 3, 4};
static _Thread_local struct {
	double d;
	const char *s;
} rec = {2.5, "tdata"};
static _Alignas(64) __thread char aligned64[64];
static _Alignas(4096) __thread char aligned4k[16] = "page";

static long arch(int code, unsigned long arg) { return syscall(SYS_arch_prctl, code, arg); }

int main(void)
{
	counter++;
	printf("__thread int: %d\n", counter);
	int z = 0;
	for (int i = 0; i < 100; i++)
		z += zeroed[i];
	printf(".tbss is zero: %s\n", z == 0 ? "yes" : "no");
	table[2] *= 10;
	printf(".tdata array: %ld %ld %ld %ld\n", table[0], table[1], table[2], table[3]);
	printf("_Thread_local struct: %.1f %s\n", rec.d, rec.s);
	printf("64-byte aligned: %s, 4096-byte aligned: %s, contents '%s'\n",
	       ((uintptr_t)aligned64 & 63) == 0 ? "yes" : "no", ((uintptr_t)aligned4k & 4095) == 0 ? "yes" : "no",
	       aligned4k);

	unsigned long fs = 0;
	SHOW("arch_prctl(ARCH_GET_FS)", arch(ARCH_GET_FS, (unsigned long)&fs));
	unsigned long self;
	__asm__ volatile("mov %%fs:0, %0" : "=r"(self));
	YESNO("%fs:0 is the thread pointer itself (musl's TCB)", self == fs);
	YESNO("__builtin_thread_pointer() agrees", (unsigned long)__builtin_thread_pointer() == fs);
	unsigned long tv = (unsigned long)&counter;
	YESNO("TLS variables sit just below the thread pointer", tv < fs && fs - tv < 65536);
	YESNO("errno lives there too", (unsigned long)&errno < fs + 4096 && (unsigned long)&errno + 65536 > fs);
	SHOW("ARCH_SET_FS to the same value", arch(ARCH_SET_FS, fs));
	counter++;
	printf("TLS still works: %d\n", counter);

	static unsigned long gsblock[2] = {0x1234567890abcdefUL, 42};
	unsigned long gs_old = 1;
	SHOW("ARCH_GET_GS", arch(ARCH_GET_GS, (unsigned long)&gs_old));
	SHOW("ARCH_SET_GS to a static block", arch(ARCH_SET_GS, (unsigned long)gsblock));
	unsigned long gs = 0, w0, w1;
	arch(ARCH_GET_GS, (unsigned long)&gs);
	YESNO("ARCH_GET_GS reads it back", gs == (unsigned long)gsblock);
	__asm__ volatile("mov %%gs:0, %0\n\tmov %%gs:8, %1" : "=r"(w0), "=r"(w1));
	printf("%%gs:0 = %#lx, %%gs:8 = %lu\n", w0, w1);
	SHOW("ARCH_SET_GS back to the old value", arch(ARCH_SET_GS, gs_old));

	printf("-- errors\n");
	SHOW("arch_prctl with code 0x9999", arch(0x9999, 0));
	SHOW("ARCH_GET_FS into a bad pointer", arch(ARCH_GET_FS, 8));
	SHOW("ARCH_SET_FS to a non-canonical address", arch(ARCH_SET_FS, 0x8000000000000000UL));
	printf("TLS still works: %d\n", ++counter);
	printf("tls: done\n");
	return 0;
}
