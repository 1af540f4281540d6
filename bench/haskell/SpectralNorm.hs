-- SpectralNorm.hs: the spectral-norm benchmark on unboxed arrays, n = 1000.
import Data.Array.Unboxed
import Timing

type V = UArray Int Double

a :: Int -> Int -> Double
a i j = 1 / fromIntegral ((i + j) * (i + j + 1) `div` 2 + i + 1)

mulAv, mulAtv, mulAtAv :: Int -> V -> V
mulAv n v = listArray (0, n - 1) [sum [a i j * v ! j | j <- [0 .. n - 1]] | i <- [0 .. n - 1]]
mulAtv n v = listArray (0, n - 1) [sum [a j i * v ! j | j <- [0 .. n - 1]] | i <- [0 .. n - 1]]
mulAtAv n = mulAtv n . mulAv n

main :: IO ()
main = timed "spectral-norm" (sqrt (vBv / vv))
  where
    n = 1000
    u0 = listArray (0, n - 1) (replicate n 1) :: V
    (u, v) = iterate (\(x, _) -> let y = mulAtAv n x in (mulAtAv n y, y)) (u0, u0) !! 10
    vBv = sum [u ! i * v ! i | i <- [0 .. n - 1]]
    vv = sum [v ! i * v ! i | i <- [0 .. n - 1]]
