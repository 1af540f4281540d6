-- HelloClock.hs: the Haskell hello of bench/haskell-hello-bench.sh: prints the monotonic clock
-- at the top of main (on HaLVM, time since kernel entry: kernel boot, musl and RTS start-up).
import GHC.Clock (getMonotonicTimeNSec)

main :: IO ()
main = do
  t <- getMonotonicTimeNSec
  putStrLn "Hello, World!"
  putStrLn ("main reached at " ++ show (t `div` 1000) ++ " us")
