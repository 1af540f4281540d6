-- memory_500mb.hs: about 500 MB live (6.5 million IntMap entries) in a 1 GiB guest
-- (memory_500mb.mem), through several major GCs. GHC's default copying collector needs twice
-- the live data, here as on a 1 GiB Linux machine without swap, so the oldest generation is
-- compacted (-with-rtsopts=-c in memory_500mb.ghcopts). The live figure is the RTS's own.
import Control.Exception (evaluate)
import qualified Data.IntMap.Strict as IM
import GHC.Stats
import System.Mem (performMajorGC)

main :: IO ()
main = do
  m <- evaluate (IM.fromList [(i, i) | i <- [1 .. 6500000 :: Int]])
  performMajorGC
  s <- getRTSStats
  let live = gcdetails_live_bytes (gc s) `div` (1024 * 1024)
  putStrLn ("live data after a major GC is at least 480 MiB: " ++ show (live >= 480))
  performMajorGC
  print (IM.size m, IM.foldl' (+) 0 m, IM.lookup 4321 m, IM.lookupMax m)
