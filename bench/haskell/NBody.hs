-- NBody.hs: the n-body benchmark (five bodies, strict Double arithmetic), 200000 steps.
{-# LANGUAGE BangPatterns #-}
import Data.List (foldl')
import Timing

data Body = Body !Double !Double !Double !Double !Double !Double !Double

solarMass, daysPerYear :: Double
solarMass = 4 * pi * pi
daysPerYear = 365.24

bodies :: [Body]
bodies =
  [ Body 0 0 0 0 0 0 solarMass
  , Body 4.84143144246472090e+00 (-1.16032004402742839e+00) (-1.03622044471123109e-01) (1.66007664274403694e-03 * daysPerYear) (7.69901118419740425e-03 * daysPerYear) (-6.90460016972063023e-05 * daysPerYear) (9.54791938424326609e-04 * solarMass)
  , Body 8.34336671824457987e+00 4.12479856412430479e+00 (-4.03523417114321381e-01) (-2.76742510726862411e-03 * daysPerYear) (4.99852801234917238e-03 * daysPerYear) (2.30417297573763929e-05 * daysPerYear) (2.85885980666130812e-04 * solarMass)
  , Body 1.28943695621391310e+01 (-1.51111514016986312e+01) (-2.23307578892655734e-01) (2.96460137564761618e-03 * daysPerYear) (2.37847173959480950e-03 * daysPerYear) (-2.96589568540237556e-05 * daysPerYear) (4.36624404335156298e-05 * solarMass)
  , Body 1.53796971148509165e+01 (-2.59193146099879641e+01) 1.79258772950371181e-01 (2.68067772490389322e-03 * daysPerYear) (1.62824170038242295e-03 * daysPerYear) (-9.51592254519715870e-05 * daysPerYear) (5.15138902046611451e-05 * solarMass)
  ]

advance :: Double -> [Body] -> [Body]
advance dt bs = map move (velocities bs)
  where
    move (Body x y z vx vy vz m) = Body (x + dt * vx) (y + dt * vy) (z + dt * vz) vx vy vz m
    velocities xs = [foldl' (pull b) b xs | b <- xs]
    pull (Body x y z _ _ _ _) acc@(Body ax ay az avx avy avz am) (Body x2 y2 z2 _ _ _ m2)
      | x == x2 && y == y2 && z == z2 = acc
      | otherwise =
          let dx = x - x2; dy = y - y2; dz = z - z2
              d2 = dx * dx + dy * dy + dz * dz
              mag = dt / (d2 * sqrt d2)
           in Body ax ay az (avx - dx * m2 * mag) (avy - dy * m2 * mag) (avz - dz * m2 * mag) am

energy :: [Body] -> Double
energy bs = sum [0.5 * m * (vx * vx + vy * vy + vz * vz) | Body _ _ _ vx vy vz m <- bs]
  - sum [m1 * m2 / sqrt ((x1 - x2) ^ (2 :: Int) + (y1 - y2) ^ (2 :: Int) + (z1 - z2) ^ (2 :: Int))
        | (i, Body x1 y1 z1 _ _ _ m1) <- zip [0 :: Int ..] bs, (j, Body x2 y2 z2 _ _ _ m2) <- zip [0 ..] bs, i < j]

main :: IO ()
main = timed "nbody energy" (energy (go (200000 :: Int) bodies))
  where
    go 0 !bs = bs
    go n !bs = go (n - 1) (forceAll (advance 0.01 bs))
    forceAll xs = foldr (\(Body a b c d e f g) r -> a `seq` b `seq` c `seq` d `seq` e `seq` f `seq` g `seq` r) () xs `seq` xs
