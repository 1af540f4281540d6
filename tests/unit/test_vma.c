/* test_vma.c: unit tests of kernel/mm/vma.c: mapping, splitting, merging, commit accounting, free-range search. */
#include <asm/mman.h>
#include "defs.h"
#include "host.h"

extern uint64_t pt_unmapped_pages;
#define RW (PROT_READ | PROT_WRITE)
#define GB (1ul << 30)

static void fresh(uint64_t limit_pages)
{
	vma_reset();
	vm_commit_limit = limit_pages;
}

static void reserve_tib_is_free(void)
{
	fresh(1000);
	uint64_t base = 0x4200000000;
	CHECK(vma_map(base, base + (1ul << 40), PROT_NONE, VMA_NORESERVE) == 0);
	CHECK(vm_committed == 0);
	CHECK(vma_count() == 1);
	/* commit 1 MiB inside it, as GHC's RTS does */
	CHECK(vma_map(base, base + (1 << 20), RW, 0) == 0);
	CHECK(vm_committed == 256);
	CHECK(vma_count() == 2);
	CHECK(vma_find(base)->prot == RW);
	CHECK(vma_find(base + (1 << 20))->prot == PROT_NONE);
	/* and a neighbouring chunk merges with it */
	CHECK(vma_map(base + (1 << 20), base + (2 << 20), RW, 0) == 0);
	CHECK(vma_count() == 2);
	CHECK(vm_committed == 512);
}

static void commit_limit_enomem(void)
{
	fresh(100);
	CHECK(vma_map(0x10000000, 0x10000000 + 101 * PAGE_SIZE, RW, 0) == -ENOMEM);
	CHECK(vma_count() == 0 && vm_committed == 0); /* nothing changed */
	CHECK(vma_map(0x10000000, 0x10000000 + 100 * PAGE_SIZE, RW, 0) == 0);
	CHECK(vma_map(0x20000000, 0x20000000 + PAGE_SIZE, RW, 0) == -ENOMEM);
	CHECK(vma_map(0x20000000, 0x20000000 + PAGE_SIZE, RW, VMA_NORESERVE) == 0);
	/* replacing a charged mapping by itself frees its charge first */
	CHECK(vma_map(0x10000000, 0x10000000 + 100 * PAGE_SIZE, RW, 0) == 0);
	CHECK(vm_committed == 100);
}

static void unmap_splits_and_uncharges(void)
{
	fresh(1000);
	uint64_t a = 0x10000000;
	CHECK(vma_map(a, a + 10 * PAGE_SIZE, RW, 0) == 0);
	pt_unmapped_pages = 0;
	CHECK(vma_unmap(a + 3 * PAGE_SIZE, a + 5 * PAGE_SIZE) == 0);
	CHECK(pt_unmapped_pages == 2);
	CHECK(vma_count() == 2);
	CHECK(vm_committed == 8);
	CHECK(vma_find(a + 3 * PAGE_SIZE) == 0);
	CHECK(vma_find(a + 5 * PAGE_SIZE)->start == a + 5 * PAGE_SIZE);
	CHECK(vma_range_free(a + 3 * PAGE_SIZE, a + 5 * PAGE_SIZE));
	CHECK(!vma_range_free(a + 2 * PAGE_SIZE, a + 4 * PAGE_SIZE));
}

static void protect_charges_and_requires_mapping(void)
{
	fresh(1000);
	uint64_t a = 0x10000000;
	CHECK(vma_map(a, a + 10 * PAGE_SIZE, PROT_READ, 0) == 0);
	CHECK(vm_committed == 0);
	CHECK(vma_protect(a + PAGE_SIZE, a + 3 * PAGE_SIZE, RW) == 0);
	CHECK(vm_committed == 2);
	CHECK(vma_count() == 3);
	CHECK(vma_protect(a, a + 11 * PAGE_SIZE, RW) == -ENOMEM); /* hole at the end */
	CHECK(vma_protect(a, a + 10 * PAGE_SIZE, PROT_READ) == 0);
	CHECK(vma_count() == 1); /* merged back */
	CHECK(vm_committed == 0);
}

static void find_free_top_down_and_hint(void)
{
	fresh(1000);
	uint64_t x = vma_find_free(GB, 0);
	CHECK(x == MMAP_TOP - GB);
	CHECK(vma_map(x, x + GB, RW, VMA_NORESERVE) == 0);
	uint64_t y = vma_find_free(GB, 0);
	CHECK(y == x - GB);
	CHECK(vma_find_free(GB, 0x4200000000) == 0x4200000000); /* a free hint is honoured */
	CHECK(vma_find_free(GB, x) == x - GB);                  /* an occupied hint is not */
	CHECK(vma_find_free(1ul << 47, 0) == 0);                /* too large */
}

static void table_full_is_enomem(void)
{
	fresh(1ul << 40);
	int r = 0;
	uint64_t a = 0x10000000;
	int i;
	for (i = 0; i < NVMA + 10 && r == 0; i++) /* alternate protections so nothing merges */
		r = vma_map(a + 2 * i * PAGE_SIZE, a + (2 * i + 1) * PAGE_SIZE, i % 2 ? PROT_READ : RW, 0);
	CHECK(r == -ENOMEM);
	CHECK(vma_count() <= NVMA);
	CHECK(vma_count() >= NVMA - 3);
}

int main(int argc, char **argv)
{
	static const struct test tests[] = {
	        {"reserve_tib_is_free", reserve_tib_is_free},
	        {"commit_limit_enomem", commit_limit_enomem},
	        {"unmap_splits_and_uncharges", unmap_splits_and_uncharges},
	        {"protect_charges_and_requires_mapping", protect_charges_and_requires_mapping},
	        {"find_free_top_down_and_hint", find_free_top_down_and_hint},
	        {"table_full_is_enomem", table_full_is_enomem},
	};
	return run_tests("vma", tests, 6, argc, argv);
}
