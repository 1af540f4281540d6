-- Demo.hs: the library half of the cabal-demo package that tests x86_64-halvm-cabal.
module Demo (histogram) where
import qualified Data.Map as M
histogram :: String -> [(Char, Int)]
histogram s = M.toList (M.fromListWith (+) [(c, 1) | c <- s])
