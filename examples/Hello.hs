-- Hello.hs: the Haskell hello world for HaLVM: arguments from the boot command line,
-- an Integer computed with GMP, and a forkIO thread woken by threadDelay (the timer signal).
import Control.Concurrent (forkIO, newEmptyMVar, putMVar, takeMVar, threadDelay)
import System.Environment (getArgs, getProgName)

main :: IO ()
main = do
  name <- getProgName
  args <- getArgs
  putStrLn ("Hello from Haskell on HaLVM! I am " ++ name ++ ", my arguments are " ++ show args)
  putStrLn ("2^100 = " ++ show (2 ^ (100 :: Int) :: Integer))
  done <- newEmptyMVar
  _ <- forkIO (threadDelay 100000 >> putMVar done "a forkIO thread woke up after threadDelay 0.1 s")
  takeMVar done >>= putStrLn
