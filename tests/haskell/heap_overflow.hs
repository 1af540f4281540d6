-- heap_overflow.hs: a heap limit (+RTS -M16m via -with-rtsopts) gives GHC's heap-overflow exit, status 251.
import qualified Data.Map.Strict as M

main :: IO ()
main = do
  putStrLn "filling the heap"
  let m = M.fromList [(i, show i) | i <- [1 .. 10000000 :: Int]]
  print (M.size m)
