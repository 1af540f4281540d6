-- Sizes.hsc: the cabal-demo library's hsc2hs module. x86_64-halvm-cabal must run it through
-- x86_64-halvm-hsc2hs, so its constants are the image's (musl's), not the build machine's glibc's;
-- Main compares them with what the image's own C code (cbits/sizes.c) reports.
module Sizes (hscBufsiz, hscSigsetSize, cBufsiz, cSigsetSize) where
import Foreign.C.Types (CInt (..))
#include <stdio.h>
#include <signal.h>

hscBufsiz, hscSigsetSize :: Int
hscBufsiz = #{const BUFSIZ}
hscSigsetSize = #{size sigset_t}

foreign import ccall unsafe "demo_bufsiz" cBufsiz :: IO CInt
foreign import ccall unsafe "demo_sigset_size" cSigsetSize :: IO CInt
