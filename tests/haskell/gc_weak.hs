-- gc_weak.hs: performGC, weak pointers that die, finalizers that run, and a StableName.
import Control.Concurrent
import Data.IORef
import System.Mem
import System.Mem.Weak

main :: IO ()
main = do
  ran <- newIORef False
  r <- newIORef (42 :: Int)
  w <- mkWeakIORef r (writeIORef ran True)
  readIORef r >>= print
  performMajorGC
  threadDelay 10000
  performMajorGC
  threadDelay 10000
  deRefWeak w >>= \m -> putStrLn ("weak pointer dead: " ++ show (maybe True (const False) m))
  readIORef ran >>= putStrLn . ("finalizer ran: " ++) . show
  let xs = [1 .. 200000 :: Int]
  print (sum xs, length xs)
  performGC
  putStrLn "done"
