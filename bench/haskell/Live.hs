-- Live.hs: keep about 500 MB live (6.5 million IntMap entries) across a major GC and report what
-- the GHC RTS counts as live; run with +RTS -s to see the total memory it asked the kernel for.
import Control.Exception (evaluate)
import qualified Data.IntMap.Strict as IM
import GHC.Stats
import System.Mem (performMajorGC)

main :: IO ()
main = do
  m <- evaluate (IM.fromList [(i, i) | i <- [1 .. 6500000 :: Int]])
  performMajorGC
  s <- getRTSStats
  putStrLn ("live MiB after major GC: " ++ show (gcdetails_live_bytes (gc s) `div` (1024 * 1024)))
  print (IM.size m, IM.foldl' (+) 0 m)
