-- concurrency.hs: forkIO, MVar, Chan: a three-stage pipeline and a fan-in.
import Control.Concurrent
import Control.Monad

main :: IO ()
main = do
  c1 <- newChan
  c2 <- newChan
  done <- newEmptyMVar
  _ <- forkIO $ forM_ [1 .. 1000 :: Int] (writeChan c1 . Just) >> writeChan c1 Nothing
  _ <- forkIO $ let loop = readChan c1 >>= maybe (writeChan c2 Nothing) (\x -> writeChan c2 (Just (x * x)) >> loop) in loop
  _ <- forkIO $ let loop acc = readChan c2 >>= maybe (putMVar done acc) (loop . (+ acc)) in loop 0
  takeMVar done >>= print
  results <- forM [1 .. 20 :: Int] $ \i -> do
    v <- newEmptyMVar
    _ <- forkIO (threadDelay (1000 * (20 - i)) >> putMVar v (i * 10))
    return v
  mapM takeMVar results >>= print . sum
  counter <- newMVar (0 :: Int)
  ws <- forM [1 .. 10 :: Int] $ \_ -> do
    w <- newEmptyMVar
    _ <- forkIO (replicateM_ 1000 (modifyMVar_ counter (return . (+ 1))) >> putMVar w ())
    return w
  mapM_ takeMVar ws
  readMVar counter >>= print
