# Each class's instance layout as CPython reports it (__basicsize__, __itemsize__, the dict and weakref offsets, __base__):
# what __slots__ saves, and what decides whether __class__ or __bases__ may change.
class Plain: pass
class Slotted: __slots__ = ('a', 'b')
class SlottedDict: __slots__ = ('a', '__dict__')
class SlottedWeak: __slots__ = ('a', '__weakref__')
class Empty: __slots__ = ()
class Child(Plain): pass
class ChildSlots(Plain): __slots__ = ('x',)
class SlotsChild(Slotted): pass
class I(int): pass
class T(tuple): pass
class TS(tuple): __slots__ = ()
class L(list): pass
class LS(list): __slots__ = ('q',)
class D(dict): pass
class S(set): pass
class F(float): pass
class St(str): pass

class E(Exception): pass
class OE(OSError): pass
class M(type): pass
class Multi(Plain, Slotted): pass
for c in [object, int, float, str, tuple, list, dict, set, frozenset, bytes, bytearray, complex, BaseException, Exception,
          OSError, KeyError, StopIteration, SyntaxError, type, Plain, Slotted, SlottedDict, SlottedWeak, Empty, Child,
          ChildSlots, SlotsChild, I, T, TS, L, LS, D, S, F, St, E, OE, M, Multi]:
    print(c.__name__, c.__basicsize__, c.__itemsize__, c.__dictoffset__, c.__weakrefoffset__, c.__base__.__name__ if c.__base__ else None)
