-- unicode_text.hs: non-ASCII text through the console, both ways. HaLVM's locale is musl's, which
-- is always UTF-8; the native run gets the same with LANG=C.UTF-8 (unicode_text.env). Without it,
-- native GHC would use ASCII and fail on the first non-ASCII character.
import qualified Data.Text as T
import qualified Data.Text.IO as TIO
import GHC.IO.Encoding (getLocaleEncoding)
import System.IO

main :: IO ()
main = do
  enc <- getLocaleEncoding
  putStrLn ("locale encoding: " ++ show enc)
  putStrLn "café, naïve, Ærøskøbing, Ελληνικά, 日本語, emoji 🐑"
  line <- getLine
  putStrLn ("read " ++ show (length line) ++ " characters: " ++ reverse line)
  TIO.putStrLn (T.toUpper (T.pack line))
  hPutStrLn stderr "stderr: ünïcödé"
