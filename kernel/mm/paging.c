/*
 * paging.c: x86_64 4-level page tables. One address space for kernel and
 * program (docs/architecture.md): the image identity mapped with its ELF
 * segment permissions, all RAM at PHYSMAP_BASE, kernel stacks with guard
 * pages, and program memory filled in on demand by fault.c.
 *
 * Program PTEs carry PTE_FRAME (a software bit) whenever they own a frame,
 * so a PROT_NONE page keeps its contents (present bit clear, frame kept).
 */
#include <linux/elf.h>
#include <asm/mman.h>
#include "defs.h"
#include "x86.h"

#define PTE_FRAME (1ull << 9) /* software: entry owns a frame */
#define FLUSH_ALL_THRESHOLD 64

extern const Elf64_Ehdr __ehdr_start;
static uint64_t *root; /* PML4, via the physmap */
static int flush_count;

void *p2v(uint64_t pa) { return (void *)(pa + PHYSMAP_BASE); }
uint64_t v2p(const void *va) { return (uint64_t)va - PHYSMAP_BASE; }

static int idx(uint64_t va, int level) { return (va >> (12 + 9 * level)) & 511; }

/* The entry for va at `level` (0 = 4 KiB PTE), creating tables on the way. */
static uint64_t *walk(uint64_t va, int level, bool create)
{
	uint64_t *t = root;
	for (int l = 3; l > level; l--) {
		uint64_t *e = &t[idx(va, l)];
		if (!(*e & PTE_P)) {
			if (!create)
				return 0;
			uint64_t pa = frame_alloc();
			if (!pa)
				return 0;
			*e = pa | PTE_P | PTE_W;
		} else if (*e & PTE_PS)
			return 0;
		t = p2v(*e & PTE_ADDR);
	}
	return &t[idx(va, level)];
}

static void flush_one(uint64_t va)
{
	if (flush_count++ < FLUSH_ALL_THRESHOLD)
		invlpg(va);
}

void pt_flush_all(void) { write_cr3(read_cr3()); }

static void flush_end(void)
{
	if (flush_count > FLUSH_ALL_THRESHOLD)
		pt_flush_all();
	flush_count = 0;
}

int pt_map(uint64_t va, uint64_t pa, uint64_t flags)
{
	uint64_t *e = walk(va, 0, true);
	if (!e)
		return -ENOMEM;
	uint64_t old = *e;
	*e = pa | flags | PTE_FRAME;
	/* x86 never caches a not-present entry, so a fresh mapping needs no invlpg. Skipping it
	 * matters under QEMU TCG: an invlpg inside the range it tracks for large pages (our
	 * physmap uses them) flushes its whole software TLB, and a page fault was doing that. */
	if (old & PTE_P)
		invlpg(va);
	return 0;
}

uint64_t pt_lookup(uint64_t va)
{
	uint64_t *e = walk(va, 0, false);
	return e ? *e : 0;
}

/* Visit every frame-owning PTE in [start, end), skipping empty tables whole. */
static void range_walk(uint64_t *t, int level, uint64_t base, uint64_t start, uint64_t end,
                       void (*fn)(uint64_t *pte, uint64_t va, uint64_t arg), uint64_t arg)
{
	uint64_t span = 1ull << (12 + 9 * level);
	for (int i = idx(start, level); i < 512; i++) {
		uint64_t lo = base + (uint64_t)i * span;
		if (lo >= end)
			break;
		uint64_t e = t[i];
		if (level == 0) {
			if (e & (PTE_P | PTE_FRAME))
				fn(&t[i], lo, arg);
			continue;
		}
		if (!(e & PTE_P) || (e & PTE_PS))
			continue;
		range_walk(p2v(e & PTE_ADDR), level - 1, lo, MAX(start, lo), MIN(end, lo + span), fn, arg);
	}
}

static void walk_user(uint64_t start, uint64_t end, void (*fn)(uint64_t *, uint64_t, uint64_t), uint64_t arg)
{
	/* The lower half only: the PML4 index wraps at bit 48 otherwise. */
	range_walk(root, 3, 0, start, MIN(end, USER_TOP), fn, arg);
	flush_end();
}

static void unmap_one(uint64_t *pte, uint64_t va, uint64_t arg)
{
	(void)arg;
	if (*pte & PTE_FRAME)
		frame_free(*pte & PTE_ADDR);
	*pte = 0;
	flush_one(va);
}

static void protect_one(uint64_t *pte, uint64_t va, uint64_t flags)
{
	*pte = (*pte & PTE_ADDR) | PTE_FRAME | flags;
	flush_one(va);
}

void pt_unmap_range(uint64_t start, uint64_t end) { walk_user(start, end, unmap_one, 0); }
void pt_protect_range(uint64_t start, uint64_t end, uint64_t flags) { walk_user(start, end, protect_one, flags); }

uint64_t prot_to_pte(int prot)
{
	if (!(prot & (PROT_READ | PROT_WRITE | PROT_EXEC)))
		return 0;
	return PTE_P | ((prot & PROT_WRITE) ? PTE_W : 0) | ((prot & PROT_EXEC) ? 0 : PTE_NX);
}

static void *kmap(uint64_t pa, uint64_t size, uint64_t cache)
{
	for (uint64_t off = 0; off < size; off += PAGE_SIZE) {
		uint64_t *e = walk(PHYSMAP_BASE + pa + off, 0, true);
		if (!e)
			break; /* covered by a physmap huge page already (or no memory: panics on use) */
		*e = ((pa + off) & PTE_ADDR) | PTE_P | PTE_W | cache | PTE_NX;
		invlpg(PHYSMAP_BASE + pa + off);
	}
	return p2v(pa);
}

void *kmap_mmio(uint64_t pa, uint64_t size) { return kmap(pa, size, PTE_PCD | PTE_PWT); }
void *kmap_ram(uint64_t pa, uint64_t size) { return kmap(pa, size, 0); }

void kunmap(uint64_t pa, uint64_t size)
{
	for (uint64_t off = 0; off < size; off += PAGE_SIZE) {
		uint64_t *e = walk(PHYSMAP_BASE + pa + off, 0, false);
		if (e) {
			*e = 0;
			invlpg(PHYSMAP_BASE + pa + off);
		}
	}
}

uint64_t kstack_alloc(void)
{
	static uint64_t next = KSTACK_BASE;
	next += PAGE_SIZE; /* unmapped guard page below every stack */
	for (int i = 0; i < KSTACK_PAGES; i++) {
		uint64_t pa = frame_alloc();
		if (!pa || pt_map(next, pa, PTE_P | PTE_W | PTE_NX))
			panic("no memory for a kernel stack");
		next += PAGE_SIZE;
	}
	return next;
}

/* Map one image segment identity with its ELF permissions, and record it as a VMA. */
static void map_segment(const Elf64_Phdr *ph)
{
	uint64_t start = ALIGN_DOWN(ph->p_vaddr, PAGE_SIZE), end = ALIGN_UP(ph->p_vaddr + ph->p_memsz, PAGE_SIZE);
	uint64_t flags = PTE_P | ((ph->p_flags & PF_W) ? PTE_W : 0) | ((ph->p_flags & PF_X) ? 0 : PTE_NX);
	int prot = PROT_READ | ((ph->p_flags & PF_W) ? PROT_WRITE : 0) | ((ph->p_flags & PF_X) ? PROT_EXEC : 0);
	if (vma_map(start, end, prot, VMA_IMAGE)) /* first: vma_map clears the range's page tables */
		panic("no VMA slot for the image");
	for (uint64_t va = start; va < end; va += PAGE_SIZE) {
		uint64_t *e = walk(va, 0, true);
		if (!e)
			panic("no memory for page tables");
		*e = va | flags; /* not PTE_FRAME: image frames are not the allocator's */
	}
}

void paging_init(uint64_t max_phys)
{
	uint64_t root_pa = frame_alloc();
	if (!root_pa)
		panic("no memory for page tables");
	root = p2v(root_pa);
	for (uint64_t pa = 0; pa < max_phys; pa += 2ul << 20) {
		uint64_t *e = walk(PHYSMAP_BASE + pa, 1, true);
		if (!e)
			panic("no memory for the physmap");
		*e = pa | PTE_P | PTE_W | PTE_PS | PTE_NX;
	}
	const Elf64_Ehdr *eh = &__ehdr_start;
	const Elf64_Phdr *ph = (const Elf64_Phdr *)((const char *)eh + eh->e_phoff);
	for (int i = 0; i < eh->e_phnum; i++)
		if (ph[i].p_type == PT_LOAD)
			map_segment(&ph[i]);
	write_cr3(root_pa);
}
