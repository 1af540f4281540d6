-- BinaryTrees.hs: the binary-trees GC benchmark, depth 14: allocate and check many short-lived trees.
import Data.Bits (shiftL)
import Timing

data Tree = Nil | Node !Int Tree Tree

-- The payload depends on i, so GHC cannot share one tree between iterations.
make :: Int -> Int -> Tree
make i 0 = Node i Nil Nil
make i d = Node i (make (2 * i - 1) (d - 1)) (make (2 * i) (d - 1))

check :: Tree -> Int
check Nil = 0
check (Node i l r) = i + check l - check r

main :: IO ()
main = timed "binary-trees checksum" (sum [check (make i d) | d <- [4, 6 .. maxD], i <- [1 .. iterations d]] + check longLived)
  where
    maxD = 14
    longLived = make 0 maxD
    iterations d = 1 `shiftL` (maxD - d + 7)
