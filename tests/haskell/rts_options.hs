-- rts_options.hs: +RTS options on the command line reach the RTS (-A changes the allocation area, read back via GHC.RTS.Flags).
import GHC.RTS.Flags
import System.Environment

main :: IO ()
main = do
  args <- getArgs
  gc <- getGCFlags
  print args
  print (minAllocAreaSize gc * 4096)
