# BaseException.__new__ takes the arguments (a class's own __new__ can call super().__new__(cls, *args)); type_call's
# BaseException.__init__ then makes the call's arguments the args. object.__new__ of an exception is not safe.
for f in [lambda: object.__new__(ValueError), lambda: BaseException.__new__(OSError, 1), lambda: BaseException.__new__(FileNotFoundError), lambda: Exception.__new__(BaseException), lambda: ValueError.__new__(KeyError, 3), lambda: BaseException.__new__(5), lambda: BaseException.__new__(ValueError, x=1), lambda: OSError.__new__(FileNotFoundError, 2, 'x'), lambda: BaseException.__new__(KeyError, 1, 2), lambda: BaseException.__new__(), lambda: Exception.__new__(ValueError, "x")]:
    try: print(repr(f()))
    except TypeError as e: print('TypeError', e)
print('__new__' in OSError.__dict__, '__new__' in ValueError.__dict__, '__new__' in KeyError.__dict__)
class G(Exception):
    def __new__(cls, *args, **kw):
        self = super().__new__(cls, *args, **kw)
        self.extra = 1
        return self
    def __init__(self, *a, **kw): pass
g = G(1, 2, k=3); print(repr(g), g.args, g.extra)
class H(ValueError):
    def __new__(cls, msg):
        return super().__new__(cls, msg.upper())
h = H('boom'); print(repr(h), h.args)
class P(Exception):
    def __new__(cls, *args):
        return super().__new__(cls, *args)
import copy, pickle
print(repr(copy.copy(P(1))), repr(pickle.loads(pickle.dumps(P(2, 3)))), repr(copy.deepcopy(ValueError('v'))))

class O(OSError):
    def __new__(cls, *a):
        return super().__new__(cls, *a)
o = O(2, 'gone'); print(repr(o), o.errno, o.strerror)
class S(StopIteration):
    def __new__(cls, *a):
        return super().__new__(cls, 'X')
s = S(7); print(repr(s), s.value)
class K(KeyError):
    def __new__(cls, *a, **k):
        return super().__new__(cls, *a)
print(repr(K('k')))
class A(AttributeError):
    def __new__(cls, *a, **k):
        return super().__new__(cls, *a)
a = A('msg', name='nm', obj=3); print(repr(a), a.name, a.obj)
try: K('k', z=1)
except TypeError as e: print(e)
raise H('bad')
