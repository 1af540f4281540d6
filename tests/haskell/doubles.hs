-- doubles.hs: Double arithmetic and GHC's show/read must match native byte for byte; libm results
-- (musl's on HaLVM, glibc's natively) are compared to 12 significant digits, because the two libms
-- may differ in the last bit (sin 2.5 does). tests/conformance/math_libm.c compares musl with musl exactly.
import Numeric (showEFloat)

main :: IO ()
main = do
  let xs = [0.1, 0.5, 1, 2.5, 3.141592653589793, 10, 1e-7, 123456.789] :: [Double]
      r v = showEFloat (Just 11) v ""
  mapM_ (\x -> putStrLn (unwords (show x : show (sqrt x) : map r [sin x, cos x, exp x, log x, x ** 1.7, atan2 x 3, tanh x]))) xs
  print (read "6.02214076e23" :: Double, 1 / 0 :: Double, isNaN (0 / 0 :: Double))
  print (fromIntegral (maxBound :: Int) :: Double, truncate (1e10 :: Double) :: Int, round (2.5 :: Double) :: Int)
  print (sum (map (\i -> 1 / fromIntegral i) [1 .. 100000 :: Int]) :: Double)
  print (realToFrac (3.14 :: Double) :: Float, pi :: Float, decodeFloat (0.1 :: Double))
