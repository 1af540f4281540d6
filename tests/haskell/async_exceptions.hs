-- async_exceptions.hs: killThread, throwTo, bracket/finally ordering, mask, and the async package.
import Control.Concurrent
import Control.Concurrent.Async
import Control.Exception

main :: IO ()
main = do
  log' <- newMVar []
  let note s = modifyMVar_ log' (return . (s :))
  started <- newEmptyMVar
  t <- forkIO $ (putMVar started () >> threadDelay 5000000 >> note "not reached") `finally` note "finalizer ran"
  takeMVar started
  killThread t
  threadDelay 10000
  r <- try (evaluate (1 `div` (0 :: Int)))
  note (either (\e -> "caught: " ++ show (e :: ArithException)) show r)
  _ <- bracket (note "acquire" >> return 5) (\_ -> note "release") (\x -> note ("use " ++ show x) >> return x)
  readMVar log' >>= mapM_ putStrLn . reverse
  (x, y) <- concurrently (threadDelay 20000 >> return "left") (return "right")
  print (x, y)
  w <- race (threadDelay 1000000 >> return "slow") (threadDelay 10000 >> return "fast")
  print w
  e <- try (withAsync (throwIO (userError "boom")) wait)
  print (e :: Either IOException ())
