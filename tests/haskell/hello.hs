-- hello.hs: the smallest Haskell program.
main :: IO ()
main = putStrLn "Hello, World!"
