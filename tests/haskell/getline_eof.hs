-- getline_eof.hs: getLine until isEOF, then hGetContents on what is left is empty; reads from a boot-module stdin.
import Control.Monad
import System.IO

main :: IO ()
main = do
  hSetBuffering stdout LineBuffering
  let loop n acc = do
        eof <- isEOF
        if eof then return (n, acc) else getLine >>= \l -> loop (n + 1 :: Int) (acc + length l)
  (n, chars) <- loop 0 0
  putStrLn ("lines " ++ show n ++ ", characters " ++ show chars)
  rest <- getContents
  print (null rest)
  when (n > 0) (putStrLn "bye")
