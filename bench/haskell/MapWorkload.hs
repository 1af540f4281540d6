-- MapWorkload.hs: a Data.Map workload: 200000 inserts, lookups, updates and a fold.
import Data.List (foldl')
import qualified Data.Map.Strict as M
import Timing

main :: IO ()
main = timed "map workload" (M.size m2, M.foldl' (+) 0 m2, hits)
  where
    keys = [(i * 7919) `mod` 1000003 | i <- [1 .. 200000]] :: [Int]
    m = foldl' (\acc k -> M.insert k (k * 2) acc) M.empty keys
    hits = length (filter (`M.member` m) [1 .. 200000])
    m2 = foldl' (\acc k -> M.adjust (+ 1) k acc) m (take 50000 keys)
