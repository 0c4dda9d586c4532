# More edge semantics a probe found different (each fails on the code before): object.__init_subclass__ refuses
# keywords passed up to it, int()'s base checked first, str(str, encoding), sum()'s iterator before its start,
# list.sort's argument counts, %c of an astral character padded by characters, list.clear() inside a sort key,
# sequence repetition's message naming the right type, bytearray.extend's messages.
class Base:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
try:
    class Z(Base, bogus=1): pass
    print('created', Z.__name__)
except TypeError as e: print('TypeError', e)
try:
    print(type('Z2', (Base,), {}, bogus=1).__name__)
except TypeError as e: print('TypeError', e)
class B: pass
try: B.__init_subclass__(1)
except TypeError as e: print(e)
try: object.__init_subclass__(x=1)
except TypeError as e: print(e)
class Outer:
    class Inner(Base): pass
try:
    class Deep(Outer.Inner, flag=True): pass
except TypeError as e: print(e)
print(B.__init_subclass__(), Base.__init_subclass__())
class Plugin:
    registry = []
    def __init_subclass__(cls, /, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.registry.append(name or cls.__name__)
class A(Plugin, name='alpha'): pass
class C(Plugin): pass
print(Plugin.registry)
try:
    class D(Plugin, name='d', extra=1): pass
except TypeError as e: print(e)
for f in (lambda: str('a','utf-8'), lambda: str(5,'utf-8'), lambda: str(bytearray(b'a'),'utf-8'), lambda: sum([1], 'x'), lambda: sum(1, b'x'), lambda: sum([], bytearray()), lambda: sum([],''), lambda: sum([b'a'], b''), lambda: sum(1, 'x'),
          lambda: int(3, -1), lambda: int(3, 10), lambda: int('3', 99), lambda: int(b'3', 99), lambda: int('z', 37), lambda: int('11', 2),
          lambda: [3, 1].sort(1, 2, 3), lambda: [3, 1].sort(1), lambda: [3, 1].sort(key=None, reverse=False, x=1), lambda: [].sort(1, key=None)):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
import sys
l = [3, 1, 2]
def key(v):
    l.clear(); return v
try: l.sort(key=key); print(l)
except ValueError as e: print('ValueError', e)
m = [3, 1, 2]
def key2(v):
    m.append(9); return v
try: m.sort(key=key2); print(m)
except ValueError as e: print('ValueError', e)
e = []
print(sys.getsizeof(e)); e.clear(); print(sys.getsizeof(e))
f = [1, 2]; f.pop(); f.pop(); print(sys.getsizeof(f)); f.clear(); print(sys.getsizeof(f))
for f in (lambda: b'ab' * 1j, lambda: b'ab' * bytearray(b'x'), lambda: bytearray(b'x') * b'ab', lambda: 'ab' * 1j, lambda: [1] * 1.5, lambda: (1,) * 'x', lambda: 1j * b'ab', lambda: bytearray(b'x') * 1.5, lambda: b'x' * None, lambda: b'x' * 2):
    try: print(f())
    except TypeError as e: print(e)
for a in ('a', None, slice(1), [1, 2], (x for x in (65, 66)), [256], [-1], ['a'], b'cd', bytearray(b'ef'), memoryview(b'gh'), 5, range(3), [1, 'x']):
    b = bytearray(b'x')
    try:
        b.extend(a)
        print(b)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e, b)
print(repr(format(0x1F600, '>3c')), repr(f'{0x1F600:*^5c}'), repr('%3c' % 0x1F600), repr(format(0x1F600, '<4c')))
for n in (2**70, -2**70, -1, 2**62):
    for t in (bytes, bytearray):
        try: t(n)
        except Exception as e: print(type(e).__name__, e)
