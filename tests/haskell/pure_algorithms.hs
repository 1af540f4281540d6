-- pure_algorithms.hs: laziness and pure computation: primes, n-queens, memoised fibonacci, sorting.
import Data.List (sort, foldl')

primes :: [Int]
primes = sieve [2 ..] where sieve (p : xs) = p : sieve [x | x <- xs, x `mod` p /= 0]

queens :: Int -> [[Int]]
queens n = go n
  where
    go 0 = [[]]
    go k = [q : qs | qs <- go (k - 1), q <- [1 .. n], safe q qs]
    safe q qs = and [q /= c && abs (q - c) /= d | (d, c) <- zip [1 ..] qs]

fibs :: [Integer]
fibs = 0 : 1 : zipWith (+) fibs (tail fibs)

main :: IO ()
main = do
  print (take 20 primes, primes !! 1000)
  print (length (queens 8), head (queens 8))
  print (fibs !! 300)
  let xs = [(i * 7919) `mod` 10007 | i <- [1 .. 20000]] :: [Int]
  print (take 10 (sort xs), foldl' (+) 0 xs)
  print (words "lazy evaluation in a unikernel", zip3 "abc" [1 :: Int ..] (cycle [True, False]))
