import sys
class A:
    def m(self): pass
    @property
    def p(self): return 1
d = {1: 2}; s = {1}
objs = [d.keys(), d.values(), d.items(), iter(d), iter(d.values()), iter(d.items()), reversed(d), reversed(d.keys()),
        iter(s), iter(frozenset(s)), classmethod(len), staticmethod(len), property(), A.p, 1 .__add__, [].__len__, str.join,
        object.__init__, type(A.__dict__['__dict__']), A.__dict__['__dict__'], A.__dict__, A().m, A.m, len, [].append,
        iter([]), iter(()), iter(''), iter(range(3)), iter(b''), iter(bytearray()), reversed([]), reversed((1,)),
        enumerate([]), zip(), map(len, []), filter(None, []), iter(lambda: 0, 1), super(A, A()), A().m.__func__, slice(1), range(1),
        memoryview(b''), ValueError().__traceback__, NotImplemented, ..., type(None), int.__dict__['real'], int.__add__, (lambda: 0), ]
for o in objs:
    print(type(o).__name__, sys.getsizeof(o))
