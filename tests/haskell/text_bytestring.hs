-- text_bytestring.hs: Data.Text and Data.ByteString from GHC's libraries: encode, split, builders.
{-# LANGUAGE OverloadedStrings #-}
import qualified Data.ByteString as B
import qualified Data.ByteString.Builder as BB
import qualified Data.ByteString.Char8 as BC
import qualified Data.ByteString.Lazy.Char8 as BL
import qualified Data.Text as T
import qualified Data.Text.Encoding as TE

main :: IO ()
main = do
  let t = T.pack "The quick brown fox jumps over the lazy dog"
  print (T.words (T.toUpper t), T.length t, T.replace "fox" "cat" t)
  let b = TE.encodeUtf8 (T.pack "caf\233 \8364")
  print (B.unpack b, B.length b)
  print (BC.split ',' "a,b,,c", BC.readInt "12345 rest")
  BL.putStrLn (BB.toLazyByteString (mconcat [BB.intDec i <> BB.char7 ' ' | i <- [1 .. 20 :: Int]]))
