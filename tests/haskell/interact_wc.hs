-- interact_wc.hs: interact over all of stdin: line, word and character counts, then the longest line.
main :: IO ()
main = interact $ \s ->
  let ls = lines s
   in unlines [show (length ls, length (words s), length s), maximum ("" : ls)]
