-- thread_delay.hs: threadDelay accuracy (getMonotonicTime) and System.Timeout. Accurate means
-- no early wake-up and at most 15 ms late (about 0.5 ms is usual under TCG; before HaLVM's
-- select kept the time left across the RTS's 10 ms tick, a 10 ms delay took 20 ms).
import Control.Concurrent
import Control.Monad
import GHC.Clock (getMonotonicTime)
import System.Timeout

main :: IO ()
main = do
  forM_ [1, 10, 10, 10, 50, 100] $ \ms -> do
    t0 <- getMonotonicTime
    threadDelay (ms * 1000)
    t1 <- getMonotonicTime
    let took = (t1 - t0) * 1000
    putStrLn ("threadDelay " ++ show ms ++ " ms: " ++ (if took >= fromIntegral ms && took < fromIntegral ms + 15 then "ok" else "off: " ++ show took))
  timeout 50000 (threadDelay 2000000) >>= print
  timeout 2000000 (threadDelay 10000 >> return "finished") >>= print
  -- monotonic clock never goes backwards
  ts <- replicateM 10000 getMonotonicTime
  print (and (zipWith (<=) ts (tail ts)))
