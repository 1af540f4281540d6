-- time_clock.hs: getCurrentTime, getPOSIXTime, getCPUTime, and consistency between them.
import Data.Time.Clock
import Data.Time.Clock.POSIX
import System.CPUTime

main :: IO ()
main = do
  now <- getCurrentTime
  posix <- getPOSIXTime
  print (utctDay now > read "2020-01-01", abs (realToFrac (utcTimeToPOSIXSeconds now - posix) :: Double) < 1)
  c0 <- getCPUTime
  print (sum [1 .. 3000000 :: Int])
  c1 <- getCPUTime
  print (c1 >= c0, cpuTimePrecision > 0)
  t2 <- getCurrentTime
  print (diffUTCTime t2 now >= 0)
