/* ffi_cbits.c: C half of ffi_c.hs, compiled by the same ghc invocation (x86_64-halvm-gcc for HaLVM). */
int ffi_add(int a, int b) { return a + b; }

void ffi_fill(int *p, int n)
{
	for (int i = 0; i < n; i++)
		p[i] = i * i;
}

int ffi_apply(int (*f)(int), int x) { return f(f(x)); }
