-- integer_gmp.hs: Integer arithmetic through GMP: big powers, factorials, gcd, division, show/read.
main :: IO ()
main = do
  let p = 2 ^ (100000 :: Int) :: Integer
  putStrLn ("2^100000 has " ++ show (length (show p)) ++ " digits, digit sum " ++ show (sum (map (read . pure) (show p) :: [Int])))
  let f = product [1 .. 5000 :: Integer]
  putStrLn ("5000! has " ++ show (length (show f)) ++ " digits, ends in " ++ show (length (takeWhile (== '0') (reverse (show f)))) ++ " zeros")
  print (gcd (f + 1) (p - 1), f `mod` 1000000007, (p `div` f) `mod` 97)
  print (read "-123456789012345678901234567890" * 3 :: Integer)
  print (isqrt (10 ^ (200 :: Int)))
  where
    isqrt :: Integer -> Integer
    isqrt n = go n where go x = let y = (x + n `div` x) `div` 2 in if y >= x then x else go y
