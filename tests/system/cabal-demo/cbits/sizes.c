/* sizes.c: the cabal-demo library's C side, compiled for the image: what its headers say. */
#include <signal.h>
#include <stdio.h>

int demo_bufsiz(void) { return BUFSIZ; }
int demo_sigset_size(void) { return (int)sizeof(sigset_t); }
