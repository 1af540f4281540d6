-- Fannkuch.hs: fannkuch-redux on permutations of 9 elements (pancake flips), list-based.
import Data.List (foldl')
import Timing

flips :: [Int] -> Int
flips = go 0
  where
    go k xs@(1 : _) = k `seq` k
    go k xs@(x : _) = let (a, b) = splitAt x xs in go (k + 1) (reverse a ++ b)
    go k [] = k

perms :: [Int] -> [[Int]]
perms [] = [[]]
perms xs = [y : p | (y, rest) <- picks xs, p <- perms rest]
  where
    picks [] = []
    picks (z : zs) = (z, zs) : [(w, z : ws) | (w, ws) <- picks zs]

main :: IO ()
main = timed "fannkuch(9) max flips, checksum" (foldl' step (0, 0) (zip [0 :: Int ..] (perms [1 .. 9])))
  where
    step (m, c) (i, p) = let f = flips p in m `seq` c `seq` (max m f, if even i then c + f else c - f)
