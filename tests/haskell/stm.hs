-- stm.hs: TVars, atomically, retry and orElse between threads.
import Control.Concurrent
import Control.Concurrent.STM
import Control.Monad

main :: IO ()
main = do
  acct1 <- newTVarIO (1000 :: Int)
  acct2 <- newTVarIO 0
  done <- newTVarIO (0 :: Int)
  forM_ [1 .. 10 :: Int] $ \_ -> forkIO $ do
    replicateM_ 100 $ atomically $ do
      a <- readTVar acct1
      when (a < 1) retry
      writeTVar acct1 (a - 1)
      modifyTVar' acct2 (+ 1)
    atomically (modifyTVar' done (+ 1))
  atomically $ readTVar done >>= \d -> when (d < 10) retry
  (,) <$> readTVarIO acct1 <*> readTVarIO acct2 >>= print
  gate <- newEmptyTMVarIO
  _ <- forkIO (threadDelay 20000 >> atomically (putTMVar gate "opened"))
  r <- atomically ((Left <$> takeTMVar gate) `orElse` (Right <$> (readTVar acct1 >>= check . (> 0) >> return "never")))
  print (r :: Either String String)
