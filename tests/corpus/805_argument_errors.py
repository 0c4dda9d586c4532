# Calling builtin methods and functions with the wrong number or kind of arguments: CPython's messages
# depend on how each builtin receives its arguments (no args, one arg, Argument Clinic, ParseTuple, keywords).
class Thing:
    def __repr__(self):
        return 'Thing()'

def probe(label, f):
    results = []
    for n in range(4):
        try:
            f(*([Thing()] * n))
            results.append(f'{n}: ok')
        except Exception as e:
            results.append(f'{n}: {type(e).__name__}: {e}')
    try:
        f(zzz=1)
        results.append('kw: ok')
    except Exception as e:
        results.append(f'kw: {type(e).__name__}: {e}')
    print(label)
    for r in results:
        print('   ', r)

for obj in ['abc', [1], (1,), {1: 2}, {1}, frozenset({1}), 5, 1.5]:
    for name in sorted(n for n in dir(type(obj)) if not n.startswith('_')):
        if name in ('format', 'sort', 'encode', 'maketrans', 'fromkeys', 'to_bytes', 'from_bytes', 'fromhex', 'hex',
                    'real', 'imag', 'numerator', 'denominator'):
            continue
        probe(type(obj).__name__ + '.' + name, getattr(obj, name))

for f in [abs, all, any, ascii, bin, callable, chr, delattr, dir, divmod, format, getattr, hasattr, hash, hex, id,
          isinstance, issubclass, iter, len, next, oct, ord, repr, setattr, vars, bool, float, list, tuple, set,
          frozenset, dict, range, reversed, filter, staticmethod, classmethod, slice, sum, round, pow, min, max,
          sorted, enumerate, zip, map, object, int, str, globals, locals]:
    probe(f.__name__, f)

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: str.upper())
t(lambda: str.upper(1))
t(lambda: list.append([], 1, 2))
t(lambda: list.append(5, 1))
t(lambda: dict.fromkeys())
t(lambda: dict.fromkeys('ab', 0, 1))
t(lambda: [1, 2, 3].index(2, 1.0))
t(lambda: [1, 2, 3].index(2, None))
t(lambda: [1, 2, 3].index(2, -2))
t(lambda: [1, 2, 3].insert(2**70, 5))
t(lambda: [1, 2, 3].pop(2**70))
t(lambda: 'abc'.center(2**70))
t(lambda: 'abc'.splitlines(2**100))
t(lambda: divmod('a', 1))
t(lambda: divmod(1.0, 0.0))
t(lambda: divmod(1, 0))
t(lambda: divmod(7, 2.5))
t(lambda: type('a', 1, 2))
t(lambda: type('A', (), {}).__name__)
t(lambda: sum([1], start=2))
t(lambda: sum(iterable=[1]))
t(lambda: round(number=2.5))
t(lambda: round(2.5, ndigits=None))
t(lambda: pow(2, exp=3))
t(lambda: pow(base=2, exp=3, mod=5))
t(lambda: enumerate(iterable='ab', start=1).__next__())
t(lambda: int('7', base=8))
t(lambda: int(x='7'))
t(lambda: str(object=5))
t(lambda: 'a b'.split(sep=None, maxsplit=1))
t(lambda: 'a b'.split(' ', sep=' '))
