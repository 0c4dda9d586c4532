import sys
from array import array
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__+':', e)
for code in 'bBhHiIlLqQfdu':
    a = array(code, 'ab' if code == 'u' else [1, 2, 3] if code in 'BHILQ' else [-1, 2, -3])
    b = a.tobytes()
    print(code, b, len(b), array(code, b) == a, sys.getsizeof(array(code, b)))
a = array('h')
a.frombytes(b'\x01\x00\x02\x00')
print(a, sys.getsizeof(a))
t(lambda: a.frombytes(b'\x01'))
t(lambda: a.frombytes('x'))
t(lambda: array('i', b'\x00'))
t(lambda: array('d', bytearray(8)))
t(lambda: array('f', [1.5]).tobytes())
