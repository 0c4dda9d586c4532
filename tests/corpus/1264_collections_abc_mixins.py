# Classes built on collections.abc get the mixin methods from a few abstract ones.
from collections.abc import Mapping, MutableMapping, MutableSequence, MutableSet, Set, Sequence, Iterator, Hashable, Callable


class Squares(Sequence):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError('out of range')
        return i * i


s = Squares(5)
print(list(s), s[-1], 4 in s, 5 in s, s.index(9), s.count(16), list(reversed(s)))
try:
    s.index(7)
except ValueError as e:
    print('ValueError', repr(e))


class Registry(MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, k):
        return self._d[k]

    def __setitem__(self, k, v):
        self._d[k] = v

    def __delitem__(self, k):
        del self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


r = Registry()
r.update({'a': 1}, b=2)
r.update([('c', 3)])
print(len(r), r.get('a'), r.get('z', 0), 'b' in r, sorted(r.keys()), sorted(r.values()), sorted(r.items()))
print(r.setdefault('d', 4), r.pop('a'), r.pop('zz', 'none'), r.popitem(), len(r))
print(r == {'c': 3, 'd': 4}, r == {'c': 3}, dict(r))
try:
    r.pop('nope')
except KeyError as e:
    print('KeyError', e)
r.clear()
print(len(r), isinstance(r, Mapping), isinstance(r, dict))
try:
    r.popitem()
except KeyError as e:
    print('KeyError', repr(e))
print(type(r.keys()).__name__, repr(Registry().keys())[:9])


class Bag(MutableSet):
    def __init__(self, items=()):
        self._items = []
        for x in items:
            self.add(x)

    def __contains__(self, x):
        return x in self._items

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)

    def add(self, x):
        if x not in self._items:
            self._items.append(x)

    def discard(self, x):
        if x in self._items:
            self._items.remove(x)

    def __repr__(self):
        return 'Bag(%r)' % self._items


a, b = Bag([1, 2, 3]), Bag([2, 3, 4])
print(a & b, a | b, a - b, a ^ b, a <= b, Bag([2]) < a, a == Bag([3, 2, 1]), a.isdisjoint([7]))
a |= [9]
a -= [1]
print(a, a.pop(), a)
try:
    a.remove(42)
except KeyError as e:
    print('KeyError', e)


class Stack(MutableSequence):
    def __init__(self):
        self._data = []

    def __getitem__(self, i):
        return self._data[i]

    def __setitem__(self, i, v):
        self._data[i] = v

    def __delitem__(self, i):
        del self._data[i]

    def __len__(self):
        return len(self._data)

    def insert(self, i, v):
        self._data.insert(i, v)


st = Stack()
st.append(1)
st.extend([2, 3, 4])
st += [5]
st.reverse()
print(list(st), st.pop(), st.pop(0), list(st))
st.remove(3)
print(list(st), Hashable in type(st).__mro__, isinstance(st, Hashable))


class Countdown(Iterator):
    def __init__(self, n):
        self.n = n

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


c = Countdown(3)
print(iter(c) is c, list(c), isinstance(len, Callable), isinstance(Countdown, Callable), isinstance(c, Callable))
try:
    Set()
except TypeError as e:
    print(e)
