-- ffi_c.hs: foreign import ccall of C functions compiled in the same program (ffi_cbits.c), and "wrapper" callbacks.
{-# LANGUAGE ForeignFunctionInterface #-}
import Foreign
import Foreign.C

foreign import ccall "ffi_add" c_add :: CInt -> CInt -> CInt
foreign import ccall "ffi_fill" c_fill :: Ptr CInt -> CInt -> IO ()
foreign import ccall "ffi_apply" c_apply :: FunPtr (CInt -> IO CInt) -> CInt -> IO CInt
foreign import ccall "wrapper" mkCallback :: (CInt -> IO CInt) -> IO (FunPtr (CInt -> IO CInt))
foreign import ccall "string.h strlen" c_strlen :: CString -> IO CSize
foreign import ccall "math.h cbrt" c_cbrt :: CDouble -> CDouble

main :: IO ()
main = do
  print (c_add 40 2)
  allocaArray 5 $ \p -> c_fill p 5 >> peekArray 5 p >>= print
  cb <- mkCallback (\x -> return (x * 3 + 1))
  c_apply cb 10 >>= print
  freeHaskellFunPtr cb
  withCString "hello, world" c_strlen >>= print
  print (round (c_cbrt 27 * 1e9) :: Integer) -- glibc gives 3.0000000000000004, musl 3.0
