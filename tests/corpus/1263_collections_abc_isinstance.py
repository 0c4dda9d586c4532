# isinstance and issubclass against collections.abc for builtin types: the hooks and registrations CPython has.
import collections.abc
from collections.abc import *
import sys
print(Sequence.__module__, type(Sequence), type(Sequence).__module__)
for v in [[], (), 'x', b'x', bytearray(), {}, set(), frozenset(), range(3), iter([]), (i for i in []), 3, 3.5, None, len, {}.keys(), {}.values(), {}.items(), memoryview(b'')]:
    print(type(v).__name__, [c.__name__ for c in (Hashable, Iterable, Iterator, Generator, Reversible, Sized, Container, Callable, Collection, Set, MutableSet, Mapping, MutableMapping, Sequence, MutableSequence, ByteString, MappingView, KeysView) if isinstance(v, c)])
class L:
    def __len__(self): return 0
class S(Sequence):
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError(i)
        return i * i
s = S(4)
print(isinstance(L(), Sized), issubclass(L, Iterable), list(s), 9 in s, s.index(4), s.count(1), list(reversed(s)), isinstance(s, Reversible))
try:
    Sequence()
except TypeError as e: print(e)
class M(MutableMapping):
    pass
try:
    M()
except TypeError as e: print(e)
print(sorted(Mapping.__abstractmethods__), sys.getrefcount(collections.abc))
print(collections.abc.__name__, 'collections.abc' in sys.modules, sys.modules['collections.abc'] is collections.abc)
