# object.__reduce_ex__ / __reduce__ through copyreg (as pickle and copy see them), copyreg's registry and _slotnames.
import copyreg, copy
class P:
    def __init__(self): self.a = 1
class S:
    __slots__ = ('x', '__y')
    def __init__(self): self.x = 1; self.__y = 2
class L(list): pass
class KW:
    def __new__(cls, *, k): o = object.__new__(cls); o.k = k; return o
    def __getnewargs_ex__(self): return ((), {'k': self.k})
def name(f):
    return getattr(f, '__qualname__', f)
for obj in [P(), S(), L([1]), KW(k=3), object()]:
    for proto in (0, 2, 4):
        try:
            r = obj.__reduce_ex__(proto)
            print(type(obj).__name__, proto, name(r[0]), r[1], r[2], [type(x).__name__ for x in r[3:]])
        except Exception as e:
            print(type(obj).__name__, proto, type(e).__name__, e)
print(P().__reduce__()[0] is copyreg._reconstructor, S.__slotnames__, copyreg._slotnames(P))
print(copyreg.__newobj__(P).__class__.__name__, copyreg.dispatch_table[complex](3j))
copyreg.add_extension('mod', 'name', 240)
try:
    copyreg.add_extension('mod', 'other', 240)
except ValueError as e:
    print(e)
copyreg.remove_extension('mod', 'name', 240)
k = copy.deepcopy(P()); print(k.a)
s = copy.copy(S()); print(s.x, s._S__y)
for bad in [(x for x in ())]:
    try:
        object.__reduce_ex__(bad, 4)
    except Exception as e:
        print(type(e).__name__, e)
