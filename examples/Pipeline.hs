-- Pipeline.hs: a concurrent pipeline: a producer, three worker threads and a collector connected
-- by Chans, with results gathered in order through MVars. Shows forkIO, Chan and MVar on HaLVM.
import Control.Concurrent
import Control.Monad

collatzLength :: Int -> Int
collatzLength = go 1
  where
    go acc 1 = acc
    go acc n = go (acc + 1) (if even n then n `div` 2 else 3 * n + 1)

main :: IO ()
main = do
  jobs <- newChan
  results <- newChan
  let workers = 3
  forM_ [1 .. workers] $ \w -> forkIO $ forever $ do
    n <- readChan jobs
    writeChan results (n, collatzLength n, w :: Int)
  let inputs = [1 .. 3000]
  _ <- forkIO (mapM_ (writeChan jobs) inputs)
  outs <- replicateM (length inputs) (readChan results)
  let (bestLen, bestN) = maximum [(l, negate n) | (n, l, _) <- outs]
  putStrLn ("processed " ++ show (length outs) ++ " numbers with " ++ show workers ++ " worker threads")
  putStrLn ("longest Collatz chain below 3001 starts at " ++ show (negate bestN) ++ " (" ++ show bestLen ++ " steps)")
