-- Main.hs: the executable half of the cabal-demo package; prints a character histogram.
import Demo
main :: IO ()
main = print (histogram "hello halvm")
