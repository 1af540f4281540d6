-- containers_mtl.hs: Data.Map/Set/Sequence/IntMap from containers and a State/Writer stack from mtl.
import Control.Monad.State
import Control.Monad.Writer
import qualified Data.IntMap as IM
import qualified Data.Map.Strict as M
import qualified Data.Sequence as Seq
import qualified Data.Set as S

collatz :: Int -> State (M.Map Int Int) Int
collatz 1 = return 1
collatz n = do
  memo <- get
  case M.lookup n memo of
    Just l -> return l
    Nothing -> do
      l <- (+ 1) <$> collatz (if even n then n `div` 2 else 3 * n + 1)
      modify (M.insert n l)
      return l

main :: IO ()
main = do
  let (lens, memo) = runState (mapM collatz [1 .. 20000]) M.empty
  print (maximum (zip lens [1 :: Int ..]), M.size memo)
  print (S.toList (S.fromList "mississippi"), IM.toList (IM.fromListWith (+) [(i `mod` 7, i) | i <- [1 .. 100]]))
  print (Seq.reverse (Seq.fromList [1 .. 10 :: Int]) `Seq.index` 2)
  let ((), logs) = runWriter (mapM_ (\i -> when (i `mod` 1000 == 0) (tell [i])) [1 .. 5000 :: Int])
  print logs
