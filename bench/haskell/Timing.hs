-- Timing.hs: shared by the compute benchmarks: run a computation, print its result and its
-- in-guest elapsed time ("elapsed_ms N"), measured with the monotonic clock around the work only.
module Timing (timed) where

import Control.Exception (evaluate)
import GHC.Clock (getMonotonicTime)

timed :: Show a => String -> a -> IO ()
timed name x = do
  t0 <- getMonotonicTime
  r <- evaluate x
  putStrLn (name ++ ": " ++ show r)
  t1 <- getMonotonicTime
  putStrLn ("elapsed_ms " ++ show (round ((t1 - t0) * 1000) :: Int))
