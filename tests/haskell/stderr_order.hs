-- stderr_order.hs: stdout and stderr are separate streams; both are compared (stderr_order.stderr).
import System.IO

main :: IO ()
main = do
  putStrLn "to stdout 1"
  hPutStrLn stderr "to stderr"
  putStrLn "to stdout 2"
  hFlush stdout
  hPutStrLn stderr "more stderr"
