-- Interpreter.hs: a small expression language (let, lambdas, recursion, if0): tokenizer, parser and
-- evaluator with environments and closures, run on a few sample programs.
import Data.Char
import qualified Data.Map as M

data Expr = Num Integer | Var String | Add Expr Expr | Mul Expr Expr | Sub Expr Expr
          | Let String Expr Expr | Lam String Expr | App Expr Expr | If0 Expr Expr Expr
  deriving Show

data Val = IntV Integer | Clo String Expr Env
type Env = M.Map String Val

instance Show Val where
  show (IntV n) = show n
  show (Clo v _ _) = "<fun " ++ v ++ ">"

tokens :: String -> [String]
tokens [] = []
tokens (c : cs)
  | isSpace c = tokens cs
  | isDigit c = let (d, r) = span isDigit (c : cs) in d : tokens r
  | isAlpha c = let (w, r) = span isAlphaNum (c : cs) in w : tokens r
  | otherwise = [c] : tokens cs

parse :: [String] -> (Expr, [String])
parse ("let" : v : "=" : ts) = let (e1, "in" : r1) = parse ts; (e2, r2) = parse r1 in (Let v e1 e2, r2)
parse ("fun" : v : "-" : ">" : ts) = let (b, r) = parse ts in (Lam v b, r)
parse ("if0" : ts) = let (c, "then" : r1) = parse ts; (t, "else" : r2) = parse r1; (e, r3) = parse r2 in (If0 c t e, r3)
parse ts = sums ts
  where
    sums s = let (a, r) = prods s in more a r
    more a ("+" : r) = let (b, r') = prods r in more (Add a b) r'
    more a ("-" : r) = let (b, r') = prods r in more (Sub a b) r'
    more a r = (a, r)
    prods s = let (a, r) = apps s in moreP a r
    moreP a ("*" : r) = let (b, r') = apps r in moreP (Mul a b) r'
    moreP a r = (a, r)
    apps s = let (f, r) = atom s in moreA f r
    moreA f r@(t : _) | t `notElem` ["+", "-", "*", ")", "in", "then", "else"] = let (a, r') = atom r in moreA (App f a) r'
    moreA f r = (f, r)
    atom ("(" : r) = let (e, ")" : r') = parse r in (e, r')
    atom (t : r) | all isDigit t = (Num (read t), r) | otherwise = (Var t, r)
    atom [] = error "unexpected end"

eval :: Env -> Expr -> Val
eval _ (Num n) = IntV n
eval env (Var v) = env M.! v
eval env (Add a b) = arith (+) (eval env a) (eval env b)
eval env (Sub a b) = arith (-) (eval env a) (eval env b)
eval env (Mul a b) = arith (*) (eval env a) (eval env b)
eval env (Let v e b) = let env' = M.insert v (eval env' e) env in eval env' b
eval env (Lam v b) = Clo v b env
eval env (App f a) = case eval env f of
  Clo v b cenv -> eval (M.insert v (eval env a) cenv) b
  IntV _ -> error "not a function"
eval env (If0 c t e) = case eval env c of IntV 0 -> eval env t; _ -> eval env e

arith :: (Integer -> Integer -> Integer) -> Val -> Val -> Val
arith op (IntV a) (IntV b) = IntV (op a b)
arith _ _ _ = error "type error"

main :: IO ()
main = mapM_ (print . eval M.empty . fst . parse . tokens)
  [ "1 + 2 * 3"
  , "let x = 5 in x * x - 1"
  , "let f = fun n -> n * 2 in f (f 10)"
  , "let fact = fun n -> if0 n then 1 else n * fact (n - 1) in fact 30"
  , "let fib = fun n -> if0 n then 0 else if0 (n - 1) then 1 else fib (n - 1) + fib (n - 2) in fib 20"
  ]
