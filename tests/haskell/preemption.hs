{-# LANGUAGE BangPatterns #-}
-- preemption.hs: two threads that never block still interleave: the timer signal preempts them
-- (compiled with -fno-omit-yields so that even tight loops have yield points). Each thread spins
-- until it has seen the other one's counter move while it was itself running, or 20 s pass.
import Control.Concurrent
import Data.IORef
import GHC.Clock (getMonotonicTime)

spin :: IORef Int -> IORef Int -> IO Bool
spin mine other = do
  start <- getMonotonicTime
  o0 <- readIORef other
  let go !i = do
        writeIORef mine i
        if i `mod` 100000 /= 0
          then go (i + 1)
          else do
            o <- readIORef other
            t <- getMonotonicTime
            if o /= o0 then return True else if t - start > 20 then return False else go (i + 1)
  go 1

main :: IO ()
main = do
  a <- newIORef 0
  b <- newIORef 0
  ra <- newEmptyMVar
  rb <- newEmptyMVar
  _ <- forkIO (spin a b >>= putMVar ra)
  _ <- forkIO (spin b a >>= putMVar rb)
  sa <- takeMVar ra
  sb <- takeMVar rb
  putStrLn ("each thread saw the other run while it was busy: " ++ show (sa, sb))
