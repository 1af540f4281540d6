-- Main.hs: the executable half of the cabal-demo package; prints a character histogram and
-- whether the hsc2hs constants agree with the image's C code.
import Demo
import Sizes

main :: IO ()
main = do
  print (histogram "hello halvm")
  b <- cBufsiz
  s <- cSigsetSize
  putStrLn ("hsc2hs BUFSIZ " ++ show hscBufsiz ++ ", C BUFSIZ " ++ show b)
  putStrLn ("hsc2hs agrees with C: " ++ show (hscBufsiz == fromIntegral b && hscSigsetSize == fromIntegral s))
