-- WordFreq.hs: read all of stdin and print the 10 most frequent words with their counts.
-- Try it:  seq 1 1000 | sed 's/[0-9]*[05]$/five/' | halvm-run build/examples/WordFreq
import Data.Char (isAlpha, toLower)
import Data.List (sortBy)
import qualified Data.Map.Strict as M
import Data.Ord (comparing, Down (..))

main :: IO ()
main = do
  text <- getContents
  let ws = words (map (\c -> if isAlpha c then toLower c else ' ') text)
      freq = M.fromListWith (+) [(w, 1 :: Int) | w <- ws]
      top = take 10 (sortBy (comparing (\(w, n) -> (Down n, w))) (M.toList freq))
  putStrLn (show (length ws) ++ " words, " ++ show (M.size freq) ++ " distinct")
  mapM_ (\(w, n) -> putStrLn (show n ++ "\t" ++ w)) top
