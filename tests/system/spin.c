/* spin.c: never ends; halvm-run --timeout must stop it. */
int main(void)
{
	for (volatile unsigned long i = 0;; i++)
		;
}
