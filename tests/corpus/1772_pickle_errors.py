# pickle's errors in python3's words: lambdas, local functions and classes, generators, modules, bad protocols, truncated or invalid data.
import pickle, io, re
def outer():
    def inner(): pass
    class Local: pass
    return inner, Local
def show(e):
    print(type(e).__name__, re.sub(r' at 0x[0-9a-f]+', '', str(e)))
gen = (x for x in [])
for obj in [lambda: 1, outer()[0], outer()[1], gen, outer()[1](), re]:
    for p in (0, 2, 4):
        try:
            pickle.dumps(obj, p)
        except Exception as e:
            show(e)
    if hasattr(obj, 'close'):
        obj.close()
for data in [b'', b'\x80', b'\x80\x04\x95', b'\x80\x04K', b'\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00K\x01', b'K\x01', b'\x80\x04]',
             b'xyz', b'\x80\x09.', b'(', b'0', b'.', b'(K\x01.', b'\x80\x04\x8c\x05ab', b'h\x05.', b'Vabc', b'(I1\n.', pickle.dumps([1, 2, 3])[:-3]]:
    try:
        print(pickle.loads(data))
    except Exception as e:
        print(repr(data), end=' ')
        show(e)
for call in [lambda: pickle.dumps(1, 6), lambda: pickle.loads('abc'), lambda: pickle.dump(1, 'x'), lambda: pickle.load(5)]:
    try:
        call()
    except Exception as e:
        show(e)
print(pickle.dumps(1, -1), issubclass(pickle.PicklingError, pickle.PickleError), issubclass(pickle.UnpicklingError, Exception))
print(pickle.PicklingError, pickle.UnpicklingError, pickle.PickleError)
try:
    raise pickle.PicklingError('custom')
except pickle.PickleError as e:
    show(e)
class WithReduce:
    def __reduce__(self):
        return (print, ('rebuilt by reduce',))
pickle.loads(pickle.dumps(WithReduce()))
class BadReduce:
    def __reduce__(self):
        return 42
try:
    pickle.dumps(BadReduce())
except Exception as e:
    show(e)
class NewArgs(int):
    def __getnewargs__(self):
        return (int(self) * 2,)
print(pickle.dumps(NewArgs(3), 2), pickle.loads(pickle.dumps(NewArgs(3))))
print(pickle.dumps(WithReduce(), 0))
class ShortReduce:
    def __reduce__(self):
        return (print,)
try:
    pickle.dumps(ShortReduce())
except Exception as e:
    show(e)
