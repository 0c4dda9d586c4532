# sys probe: what tutorials print: getsizeof and getrefcount of common objects, limits, version facts, stdout.
import sys
def show(label, f):
    try:
        print(label, '=>', repr(f()))
    except Exception as e:
        print(label, '=>', type(e).__name__, e)
show('getsizeof ints', lambda: [sys.getsizeof(v) for v in (0, 1, -1, 2**30 - 1, 2**30, 2**60, 10**100, True, False)])
show('getsizeof floats', lambda: [sys.getsizeof(v) for v in (0.0, 1e300, float('nan'))])
show('getsizeof strs', lambda: [sys.getsizeof(v) for v in ('', 'a', 'hello', 'é', '€', '😀', 'a' * 100)])
show('getsizeof bytes', lambda: [sys.getsizeof(v) for v in (b'', b'a', bytearray(), bytearray(b'abc'))])
show('getsizeof containers', lambda: [sys.getsizeof(v) for v in ([], [1], [1, 2, 3], (), (1,), {}, {'a': 1}, set(), {1}, frozenset())])
show('getsizeof misc', lambda: [sys.getsizeof(v) for v in (None, range(10), slice(1), 1j, Ellipsis)])
show('getsizeof list growth', lambda: (lambda l: [(l.append(i), sys.getsizeof(l))[1] for i in range(10)])([]))
show('getsizeof dict growth', lambda: (lambda d: [(d.__setitem__(i, i), sys.getsizeof(d))[1] for i in range(12)])({}))
show('getsizeof default', lambda: sys.getsizeof(5, 'dflt'))
show('getsizeof no args', lambda: sys.getsizeof())
class Big:
    def __sizeof__(self):
        return 1000
class Neg:
    def __sizeof__(self):
        return -1
class Bad:
    def __sizeof__(self):
        return 'x'
show('getsizeof __sizeof__', lambda: sys.getsizeof(Big()))
show('getsizeof negative', lambda: sys.getsizeof(Neg()))
show('getsizeof bad type', lambda: sys.getsizeof(Bad()))
show('getsizeof class', lambda: sys.getsizeof(Big))
x = object()
show('getrefcount new', lambda: sys.getrefcount(x))
y = [x, x]
show('getrefcount in list', lambda: sys.getrefcount(x))
del y
show('getrefcount after del', lambda: sys.getrefcount(x))
show('getrefcount literal', lambda: sys.getrefcount([]))
show('getrefcount no args', lambda: sys.getrefcount())
show('maxsize', lambda: (sys.maxsize, sys.maxsize == 2**63 - 1))
show('byteorder', lambda: sys.byteorder)
show('version_info', lambda: (sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 8), sys.version_info.releaselevel))
show('hexversion', lambda: hex(sys.hexversion))
show('implementation', lambda: (sys.implementation.name, sys.implementation.cache_tag))
show('int_info', lambda: sys.int_info)
show('float_info', lambda: (sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig))
show('hash_info', lambda: (sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.algorithm))
show('recursionlimit', lambda: sys.getrecursionlimit())
show('setrecursionlimit bad', lambda: sys.setrecursionlimit(0))
show('setrecursionlimit str', lambda: sys.setrecursionlimit('5'))
def depth(n):
    return depth(n + 1)
show('recursion error', lambda: depth(0))
show('int max str digits', lambda: sys.get_int_max_str_digits())
show('set_int_max_str_digits bad', lambda: sys.set_int_max_str_digits(100))
show('too many digits', lambda: len(str(10**5000)))
show('getdefaultencoding', lambda: sys.getdefaultencoding())
show('intern', lambda: sys.intern('hello world') is sys.intern('hello world'))
show('intern bad', lambda: sys.intern(5))
show('exc_info none', lambda: sys.exc_info())
def in_handler():
    try:
        1 / 0
    except ZeroDivisionError:
        t, v, tb = sys.exc_info()
        return t.__name__, str(v), type(tb).__name__, sys.exception() is v if hasattr(sys, 'exception') else 'n/a'
show('exc_info in except', in_handler)
show('argv', lambda: (type(sys.argv).__name__, len(sys.argv)))
show('modules', lambda: ('sys' in sys.modules, type(sys.modules).__name__, sys.modules['sys'] is sys))
show('platform', lambda: sys.platform)
show('stdout', lambda: (sys.stdout is sys.__stdout__, sys.stdout.write('written\n')))
show('stderr write', lambda: sys.stderr.write(''))
show('stdout write bad', lambda: sys.stdout.write(5))
show('exit raises', lambda: sys.exit(3))
def catch_exit():
    try:
        sys.exit('message')
    except SystemExit as e:
        return e.code, e.args
show('SystemExit', catch_exit)
show('getswitchinterval', lambda: sys.getswitchinterval())
show('is_finalizing', lambda: sys.is_finalizing())
show('getallocatedblocks type', lambda: type(sys.getallocatedblocks()).__name__)
show('dont_write_bytecode', lambda: type(sys.dont_write_bytecode).__name__)
show('getsizeof kw', lambda: (sys.getsizeof(object=1), sys.getsizeof(1, default=2)))
show('getsizeof too many', lambda: sys.getsizeof(1, 2, 3))
show('exception outside', lambda: sys.exception())
