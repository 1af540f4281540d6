-- exit_codes.hs: exitWith/exitSuccess/exitFailure; argv[1] picks the way out.
import System.Exit
import System.Environment
import System.IO

main :: IO ()
main = do
  [how] <- getArgs
  putStrLn ("leaving via " ++ how)
  case how of
    "success" -> exitSuccess
    "failure" -> exitFailure
    "42" -> exitWith (ExitFailure 42)
    "255" -> exitWith (ExitFailure 255)
    "error" -> error "an uncaught error call"
    "flush" -> hPutStr stdout (concat (replicate 20000 "unflushed ")) >> exitWith (ExitFailure 3)
    _ -> return ()
