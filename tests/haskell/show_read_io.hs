-- show_read_io.hs: records, derived Show/Read/Eq/Ord/Enum, Maybe/Either, IORef and exceptions in IO.
import Control.Exception
import Data.IORef
import qualified Data.Map as M

data Color = Red | Green | Blue deriving (Show, Read, Eq, Ord, Enum, Bounded)
data Item = Item {label :: String, color :: Color, weight :: Double} deriving (Show, Read, Eq)

main :: IO ()
main = do
  let items = [Item "a" Red 1.5, Item "b" Blue 0.25, Item "c" Green 3]
  print items
  print (read (show items) == items, [minBound .. maxBound :: Color])
  ref <- newIORef (M.empty :: M.Map Color Double)
  mapM_ (\i -> modifyIORef ref (M.insertWith (+) (color i) (weight i))) (items ++ items)
  readIORef ref >>= print
  r <- try (evaluate (head ([] :: [Int])))
  putStrLn (either (\e -> "exception: " ++ takeWhile (/= '\n') (show (e :: SomeException))) show r)
  print (mapM (\x -> if x > 0 then Right x else Left ("bad " ++ show x)) [3, 2, 1, 0, -1 :: Int])
  print (sequence [Just 1, Just 2, Nothing :: Maybe Int], lookup 2 (zip [1 ..] "xyz"))
