-- large_output.hs: 1 MB of output with block buffering, then exit at once: nothing may be lost.
import System.IO

main :: IO ()
main = do
  hSetBuffering stdout (BlockBuffering (Just 65536))
  mapM_ (\i -> putStrLn (show i ++ " " ++ replicate 60 'x')) [1 .. 16000 :: Int]
  putStr "no trailing newline"
