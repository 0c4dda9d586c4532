# Special methods CPython looks up bound (_PyObject_LookupSpecial: format, round, math.trunc/floor/ceil, dir,
# sys.getsizeof, reversed, bytes, complex, length hints): the bound method holds self while it runs. Types
# without vectorcall (bytes, bytearray, complex) pack their arguments in a tuple. list() asks __len__/__length_hint__.
import sys, math
class R:
    def __enter__(self):
        print('enter', sys.getrefcount(self))
        return self
    def __exit__(self, *a):
        print('exit', sys.getrefcount(self))
        return False
    def __round__(self, n=None): print('round', sys.getrefcount(self)); return 1
    def __trunc__(self): print('trunc', sys.getrefcount(self)); return 1
    def __floor__(self): print('floor', sys.getrefcount(self)); return 1
    def __ceil__(self): print('ceil', sys.getrefcount(self)); return 1
    def __dir__(self): print('dir', sys.getrefcount(self)); return []
    def __sizeof__(self): print('sizeof', sys.getrefcount(self)); return 10
    def __reversed__(self): print('reversed', sys.getrefcount(self)); return iter([])
    def __bytes__(self): print('bytes', sys.getrefcount(self)); return b''
    def __complex__(self): print('complex', sys.getrefcount(self)); return 1j
    def __format__(self, s): print('format', sys.getrefcount(self)); return ''
    def __length_hint__(self): print('hint', sys.getrefcount(self)); return 2
    def __iter__(self): return iter([1])
r = R()
with r:
    print('body', sys.getrefcount(r))
with R() as q:
    print('body2', sys.getrefcount(q))
print(round(r), round(r, 1), math.trunc(r), math.floor(r), math.ceil(r), dir(r), sys.getsizeof(r), list(reversed(r)), bytes(r), complex(r), format(r), f'{r}', f'{r:x}')
print(list(r))
import operator
print(operator.length_hint(r))
class K:
    def __bool__(self): print('bool', sys.getrefcount(self)); return True
    def __float__(self): print('float', sys.getrefcount(self)); return 1.0
    def __index__(self): print('index', sys.getrefcount(self)); return 1
    def __int__(self): print('int', sys.getrefcount(self)); return 1
    def __str__(self): print('str', sys.getrefcount(self)); return 's'
    def __iter__(self): print('iter', sys.getrefcount(self)); return iter([])
    def __call__(self, *a): return 1
k = K()
bool(k); float(k); int(k); str(k); bytes(k); bytearray(k); complex(k) if False else 0
range(k); slice(k); list(k); tuple(k); set(k); frozenset(k); dict(k) if False else 0
enumerate(k); zip(k); map(k, k); filter(k, k); reversed([]) ; memoryview(b'') ; divmod(1,1)
