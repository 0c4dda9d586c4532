class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]

s = Stack([1, 2])
s.push(3)
print(s, len(s), s.peek(), type(s).__name__, isinstance(s, list), type(s).__mro__)
s.name = 'st'
print(s.name, s.__dict__, vars(s))
print(s + [4], type(s + [4]).__name__, s * 2, [0] + s, s[1:], type(s[1:]).__name__)
print(s == [1, 2, 3], [1, 2, 3] == s, s != [1], s < [2], 3 in s, list(s), sorted(s, reverse=True))
for x in s:
    print(x, end=' ')
print()
s += [9]
print(s, type(s).__name__)
list.append(s, 10)
print(s, bool(Stack()), bool(s))

class Logged(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.log = []
    def __getitem__(self, i):
        self.log.append(i)
        return super().__getitem__(i)
    def __setitem__(self, i, v):
        self.log.append(('set', i))
        list.__setitem__(self, i, v)
    def __len__(self):
        return super().__len__() * 10
    def __iter__(self):
        yield from reversed(list(super().__iter__()))
    def __contains__(self, x):
        return x == 'magic' or super().__contains__(x)
    def __repr__(self):
        return 'Logged(' + super().__repr__() + ')'
    def __eq__(self, other):
        if other == 'any':
            return True
        return super().__eq__(other)
    def __add__(self, other):
        return Logged(super().__add__(other))

l = Logged([1, 2, 3])
print(l[0], l[-1], l.log, len(l), list(l), 'magic' in l, 2 in l, 7 in l)
l[0] = 5
print(l, str(l), l.log, l == 'any', l == [5, 2, 3], l != [5, 2, 3])
print(l + [4], type(l + [4]).__name__)
print([x for x in l], sum(l), max(l))

class Bad(list):
    pass
try:
    Bad([1])[5]
except IndexError as e:
    print('IndexError', e)
try:
    hash(Bad())
except TypeError as e:
    print('TypeError', e)
try:
    class B(bool): pass
except TypeError as e:
    print('TypeError', e)
class Sl(list):
    __slots__ = ('a',)
x = Sl([1])
x.a = 3
print(x, x.a)
try:
    x.b = 1
except AttributeError as e:
    print('AttributeError', e)
print(Stack.__base__, Stack.__bases__)
class F(list):
    def __call__(self, x):
        return len(self) + x
f = F([1, 2])
f.tag = 1
print(f(10), callable(f), 'tag' in dir(f), 'append' in dir(f), len(f), list(iter(f)))
