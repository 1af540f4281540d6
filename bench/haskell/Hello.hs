-- Hello.hs: the plainest Haskell hello, whose image size bench/haskell-hello-bench.sh reports.
main :: IO ()
main = putStrLn "Hello, World!"
