# Members some exceptions add: AttributeError's name and obj (the object stays referenced while the error lives),
# NameError's name, ImportError's msg/name/path, OSError's errno/strerror/filename and its errno subclasses.
import sys
for make in (lambda: AttributeError('x', nme='y'), lambda: NameError('x', obj='y'), lambda: ImportError('x', nme='y'), lambda: ValueError('x', a=1)):
    try:
        make()
    except TypeError as e:
        print(e)
e = ImportError('m', name='n', path='p')
print(e.name, e.path, e.msg, e.args, ImportError('m').name)
try:
    import no_such_module_anywhere
except ImportError as e:
    print(e.name, e.path, e.msg)
print(OSError(2, 'x', 'f', 5, 'g'))
print(str(OSError(2, 'x', 'f', None, 'g')), OSError(1, 2, 3, 4, 5, 6).args, OSError(2, 'x', 'f').args)
print(IOError is OSError, EnvironmentError)
print(repr(PermissionError(13, 'denied')), OSError(13, 'd').__class__, OSError(17, 'x').__class__, OSError('a').__class__)
print(OSError().errno, OSError('a', 'b').strerror, issubclass(FileNotFoundError, OSError), issubclass(BrokenPipeError, ConnectionError))
try:
    raise FileNotFoundError(2, 'No such file or directory', 'data.txt')
except OSError as e:
    print(type(e).__name__, e.errno, e.filename, e)

class C:
    pass
c = C()
try:
    c.missing
except AttributeError as e:
    print(e.name, e.obj is c, sys.getrefcount(c))
print(sys.getrefcount(c))
try:
    getattr(c, 'other')
except AttributeError as e:
    print(e.name, e.obj is c)
try:
    (5).foo
except AttributeError as e:
    print(e.obj, e.name)
try:
    C.zz
except AttributeError as e:
    print(e.obj, e.name)
try:
    x = unknown_q
except NameError as e:
    print(e.name)
def f():
    return unknown_r
try:
    f()
except NameError as e:
    print(e.name)
def g():
    y = y + 1
try:
    g()
except UnboundLocalError as e:
    print(e.name)
e = AttributeError('msg')
e.name = 'set later'
print(e.name, e.obj)
try:
    2.0 ** 10000
except OverflowError as e:
    print(repr(e), e.args)
class A: pass
class B(A): pass
class D(A): pass
print(A.__subclasses__(), B.__subclasses__(), B.mro())
del D
import gc
gc.collect()
print(A.__subclasses__(), ArithmeticError.__subclasses__(), BaseException.__subclasses__() is not None)
print(type(int.__subclasses__()), bool in int.__subclasses__())
