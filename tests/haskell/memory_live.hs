-- memory_live.hs: keep about 100 MB live across several major GCs (the 500 MB version is in bench/).
import Control.Exception (evaluate)
import qualified Data.IntMap.Strict as IM
import System.Mem (performMajorGC)

main :: IO ()
main = do
  let n = 1000000
  m <- evaluate (IM.fromList [(i, i * 2) | i <- [1 .. n]])
  performMajorGC
  let m2 = IM.map (+ 1) m
  _ <- evaluate (IM.size m2)
  performMajorGC
  print (IM.size m, IM.foldl' (+) 0 m2, IM.lookup 777 m2)
