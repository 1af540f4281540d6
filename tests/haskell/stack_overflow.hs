-- stack_overflow.hs: a deep non-tail recursion under +RTS -K512k gives GHC's stack-overflow exit, status 2.
main :: IO ()
main = do
  putStrLn "recursing"
  print (go 10000000)
  where
    go :: Int -> Integer
    go 0 = 0
    go n = 1 + go (n - 1)
