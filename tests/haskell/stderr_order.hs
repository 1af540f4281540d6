-- stderr_order.hs: stdout and stderr are separate streams; stdout content is compared.
import System.IO

main :: IO ()
main = do
  putStrLn "to stdout 1"
  hPutStrLn stderr "to stderr"
  putStrLn "to stdout 2"
  hFlush stdout
  hPutStrLn stderr "more stderr"
