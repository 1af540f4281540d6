-- Bignum.hs: arbitrary-precision arithmetic through GMP: 1000 digits of pi (Machin's formula with
-- Integer fixed point) and the number of digits of 10000!.
pi1000 :: Integer
pi1000 = (4 * (4 * arctanInv 5 - arctanInv 239)) `div` (10 ^ (10 :: Int))
  where
    unity = 10 ^ (1010 :: Int)
    arctanInv x = go (unity `div` x) 1 1
      where
        go term k sign
          | term == 0 = 0
          | otherwise = sign * (term `div` k) + go (term `div` (x * x)) (k + 2) (negate sign)

main :: IO ()
main = do
  let digits = show pi1000
  putStrLn ("pi = " ++ head digits : '.' : take 60 (tail digits) ++ "...")
  putStrLn ("digit sum of the first 1000 digits: " ++ show (sum (map (read . pure) (take 1000 digits) :: [Int])))
  putStrLn ("10000! has " ++ show (length (show (product [1 .. 10000 :: Integer]))) ++ " digits")
