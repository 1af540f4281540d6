-- args_env.hs: getArgs, getProgName, lookupEnv and getEnvironment from the boot command line.
import Data.List (sort)
import System.Environment

main :: IO ()
main = do
  getProgName >>= putStrLn . ("progname: " ++)
  getArgs >>= mapM_ (putStrLn . ("arg: " ++) . show)
  lookupEnv "HALVM_TEST" >>= print
  lookupEnv "NOT_SET" >>= print
  env <- getEnvironment
  mapM_ print (sort [kv | kv@(k, _) <- env, take 2 k == "T_"])
