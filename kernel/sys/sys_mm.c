/*
 * sys_mm.c: memory system calls on top of vma.c: anonymous mmap (MAP_FIXED,
 * MAP_FIXED_NOREPLACE, MAP_NORESERVE, PROT_NONE reservations), munmap,
 * mprotect, madvise (DONTNEED frees frames), brk and mremap. There are no
 * files to map: a file mapping is -ENODEV.
 */
#include <asm/mman.h>
#include <linux/mman.h>
#include "syscall.h"

#define PROT_ALL (PROT_READ | PROT_WRITE | PROT_EXEC)
#define MAP_KNOWN                                                                                                      \
	(MAP_SHARED | MAP_PRIVATE | MAP_SHARED_VALIDATE | MAP_FIXED | MAP_ANONYMOUS | MAP_NORESERVE |                  \
	 MAP_FIXED_NOREPLACE | MAP_POPULATE | MAP_STACK | MAP_GROWSDOWN | MAP_DENYWRITE | MAP_EXECUTABLE |             \
	 MAP_LOCKED | MAP_NONBLOCK | MAP_HUGETLB | MAP_32BIT)

static uint64_t brk_cur = BRK_BASE;

static bool range_ok(uint64_t addr, uint64_t len)
{
	return !(addr & (PAGE_SIZE - 1)) && addr + len > addr && addr + len <= USER_TOP;
}

static int vma_flags(long flags, int prot)
{
	(void)prot;
	return (flags & MAP_NORESERVE) ? VMA_NORESERVE : 0;
}

SYSCALL(mmap)
{
	uint64_t addr = a0, len = ALIGN_UP((uint64_t)a1, PAGE_SIZE);
	long prot = a2, flags = a3, fd = a4, off = a5;
	int type = flags & MAP_TYPE;
	if (!a1 || len < (uint64_t)a1 || (off & (PAGE_SIZE - 1)))
		return -EINVAL;
	prot &= PROT_ALL; /* Linux ignores unknown protection bits in mmap (not in mprotect) */
	if (type != MAP_PRIVATE && type != MAP_SHARED && type != MAP_SHARED_VALIDATE)
		return -EINVAL;
	if (type == MAP_SHARED_VALIDATE && (flags & ~MAP_KNOWN))
		return -EOPNOTSUPP;
	if (!(flags & MAP_ANONYMOUS))
		return fd_get(fd) ? -ENODEV : -EBADF;
	if (flags & (MAP_FIXED | MAP_FIXED_NOREPLACE)) {
		if (!range_ok(addr, len))
			return -EINVAL;
		if ((flags & MAP_FIXED_NOREPLACE) && !(flags & MAP_FIXED) && !vma_range_free(addr, addr + len))
			return -EEXIST;
	} else {
		addr = vma_find_free(len, ALIGN_DOWN(addr, PAGE_SIZE));
		if (!addr)
			return -ENOMEM;
	}
	int r = vma_map(addr, addr + len, prot, vma_flags(flags, prot));
	if (r)
		return r;
	if ((flags & MAP_POPULATE) && (prot & PROT_WRITE))
		user_check((void *)addr, len, true);
	return addr;
}

SYSCALL(munmap)
{
	uint64_t len = ALIGN_UP((uint64_t)a1, PAGE_SIZE);
	if (!a1 || !range_ok(a0, len))
		return -EINVAL;
	return vma_unmap(a0, a0 + len);
}

SYSCALL(mprotect)
{
	uint64_t len = ALIGN_UP((uint64_t)a1, PAGE_SIZE);
	if ((a2 & ~(PROT_ALL | PROT_GROWSDOWN | PROT_GROWSUP)) || (a0 & (PAGE_SIZE - 1)) || a0 + len < (uint64_t)a0)
		return -EINVAL;
	if (!len)
		return 0;
	return vma_protect(a0, a0 + len, a2 & PROT_ALL);
}

SYSCALL(madvise)
{
	uint64_t len = ALIGN_UP((uint64_t)a1, PAGE_SIZE);
	if ((a0 & (PAGE_SIZE - 1)) || a0 + len < (uint64_t)a0)
		return -EINVAL;
	bool known = a2 == MADV_NORMAL || a2 == MADV_RANDOM || a2 == MADV_SEQUENTIAL || a2 == MADV_WILLNEED ||
	             a2 == MADV_HUGEPAGE || a2 == MADV_NOHUGEPAGE || a2 == MADV_DONTDUMP || a2 == MADV_DODUMP ||
	             a2 == MADV_DONTFORK || a2 == MADV_DOFORK || a2 == MADV_DONTNEED || a2 == MADV_FREE;
	if (!known)
		return -EINVAL;
	for (uint64_t a = a0; a < a0 + len;) { /* as Linux: the whole range must be mapped */
		struct vma *v = vma_find(a);
		if (!v)
			return -ENOMEM;
		a = v->end;
	}
	switch (a2) {
	case MADV_NORMAL:
	case MADV_RANDOM:
	case MADV_SEQUENTIAL:
	case MADV_WILLNEED:
	case MADV_HUGEPAGE:
	case MADV_NOHUGEPAGE:
	case MADV_DONTDUMP:
	case MADV_DODUMP:
		break;
	case MADV_DONTNEED:
	case MADV_FREE:
		/* MADV_FREE may discard lazily; discarding now is a valid implementation. */
		vm_discard(a0, a0 + len);
		break;
	default: /* advice with nothing to do here (one process, nothing paged out) */
		break;
	}
	return 0;
}

SYSCALL(brk)
{
	uint64_t want = a0;
	if (want < BRK_BASE || want > BRK_BASE + BRK_MAX)
		return brk_cur;
	uint64_t old_end = ALIGN_UP(brk_cur, PAGE_SIZE), new_end = ALIGN_UP(want, PAGE_SIZE);
	if (new_end > old_end) {
		if (!vma_range_free(old_end, new_end) || vma_map(old_end, new_end, PROT_READ | PROT_WRITE, 0))
			return brk_cur;
	} else if (new_end < old_end)
		vma_unmap(new_end, old_end);
	brk_cur = want;
	return brk_cur;
}

SYSCALL(mremap)
{
	uint64_t old = a0, old_len = ALIGN_UP((uint64_t)a1, PAGE_SIZE), new_len = ALIGN_UP((uint64_t)a2, PAGE_SIZE);
	long flags = a3;
	if ((old & (PAGE_SIZE - 1)) || !new_len || (flags & ~(MREMAP_MAYMOVE | MREMAP_FIXED)) ||
	    ((flags & MREMAP_FIXED) && !(flags & MREMAP_MAYMOVE)))
		return -EINVAL;
	struct vma *v = vma_find(old);
	if (!v || old + old_len > v->end || (v->flags & VMA_IMAGE))
		return -EFAULT;
	int prot = v->prot, vflags = v->flags;
	if (!(flags & MREMAP_FIXED)) {
		if (new_len <= old_len) {
			if (new_len < old_len)
				vma_unmap(old + new_len, old + old_len);
			return old;
		}
		if (vma_range_free(old + old_len, old + new_len) &&
		    vma_map(old + old_len, old + new_len, prot, vflags) == 0)
			return old;
		if (!(flags & MREMAP_MAYMOVE))
			return -ENOMEM;
	}
	uint64_t dst = (flags & MREMAP_FIXED) ? (uint64_t)a4 : vma_find_free(new_len, 0);
	if (!dst || !range_ok(dst, new_len) || (dst < old + old_len && old < dst + new_len))
		return dst ? -EINVAL : -ENOMEM;
	int r = vma_map(dst, dst + new_len, prot, vflags);
	if (r)
		return r;
	/* Move the pages: copy what is populated (frames are fresh, contents must follow). */
	uint64_t copy = MIN(old_len, new_len);
	for (uint64_t off = 0; off < copy; off += PAGE_SIZE)
		if (pt_lookup(old + off) & PTE_P) {
			if (user_check((void *)(dst + off), PAGE_SIZE, true)) {
				vma_unmap(dst, dst + new_len);
				return -ENOMEM;
			}
			memcpy((void *)(dst + off), (void *)(old + off), PAGE_SIZE);
		}
	vma_unmap(old, old + old_len);
	return dst;
}

SYSCALL(mlock) { return 0; }
SYSCALL(munlock) { return 0; }

SYSCALL(mincore)
{
	uint64_t len = ALIGN_UP((uint64_t)a1, PAGE_SIZE);
	if (a0 & (PAGE_SIZE - 1))
		return -EINVAL;
	if (user_check((void *)a2, len / PAGE_SIZE, true))
		return -EFAULT;
	for (uint64_t off = 0; off < len; off += PAGE_SIZE) {
		if (!vma_find(a0 + off))
			return -ENOMEM;
		((unsigned char *)a2)[off / PAGE_SIZE] = (pt_lookup(a0 + off) & PTE_P) ? 1 : 0;
	}
	return 0;
}
