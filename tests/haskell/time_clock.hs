-- time_clock.hs: getCurrentTime, getPOSIXTime, getCPUTime, and consistency between them.
{-# LANGUAGE BangPatterns #-}
import Data.Time.Clock
import Data.Time.Clock.POSIX
import GHC.Clock (getMonotonicTime)
import System.CPUTime

-- Busy work the optimiser cannot drop: its result is printed.
spinFor :: Double -> IO Int
spinFor secs = do
  t0 <- getMonotonicTime
  let go !acc = do
        t <- getMonotonicTime
        if t - t0 >= secs then return acc else go (acc + sum [1 .. 1000 :: Int])
  go 0

main :: IO ()
main = do
  now <- getCurrentTime
  posix <- getPOSIXTime
  print (utctDay now > read "2020-01-01", abs (realToFrac (utcTimeToPOSIXSeconds now - posix) :: Double) < 1)
  c0 <- getCPUTime
  n <- spinFor 0.3
  c1 <- getCPUTime
  -- 0.3 s of wall time spent computing is (nearly all) CPU time: at least 0.15 s of it.
  print (n > 0, c1 - c0 >= 150000000000, cpuTimePrecision > 0)
  t2 <- getCurrentTime
  let wall = realToFrac (diffUTCTime t2 now) :: Double
  print (wall >= 0.3, wall < 30)
