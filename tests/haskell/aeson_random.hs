-- aeson_random.hs: Debian's libghc-aeson-dev and libghc-random-dev, linked statically unchanged.
{-# LANGUAGE DeriveGeneric #-}
import Data.Aeson
import qualified Data.ByteString.Lazy.Char8 as BL
import GHC.Generics
import System.Random

data Point = Point {name :: String, x :: Double, y :: Int} deriving (Show, Generic)

instance ToJSON Point
instance FromJSON Point

main :: IO ()
main = do
  let p = Point "origin" 0.5 (-3)
  BL.putStrLn (encode p)
  print (decode (encode [p, p {name = "other"}]) :: Maybe [Point])
  print (eitherDecode (BL.pack "{\"name\":1}") :: Either String Point)
  let g = mkStdGen 2024
  print (take 5 (randomRs (1, 100 :: Int) g))
  print (fst (uniformR (0, 1 :: Double) (mkStdGen 7)))
