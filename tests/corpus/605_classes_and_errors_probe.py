print('--- 0')
try:
    class A: pass
    A().x
except Exception as e:
    print(type(e).__name__ + ':', e)
print('--- 1')
try:
    class A:
        def __init__(self, v): self.v = v
    A()
except Exception as e:
    print(type(e).__name__ + ':', e)
print('--- 2')
try:
    class A:
        def f(self): return 1
    A.f()
except Exception as e:
    print(type(e).__name__ + ':', e)
print('--- 3')
try:
    class A:
        @staticmethod
        def s(x): return x * 2
    print(A.s(3), A().s(4))
except Exception as e:
    print(type(e).__name__ + ':', e)
print('--- 4')
try:
    class A:
        @classmethod
        def c(cls): return cls.__name__
    class B(A): pass
    print(B.c(), B().c())
except Exception as e:
    print(type(e).__name__ + ':', e)
print('--- 5')
try:
    class A:
        def __init__(self): self._x = 0
        @property
        def x(self): return self._x
        @x.setter
        def x(self, v): self._x = v * 10
    a = A(); a.x = 3; print(a.x)
except Exception as e:
    print(type(e).__name__ + ':', e)
print('--- 6')
try:
    class A:
        @property
        def x(self): return 1
    A().x = 5
except Exception as e:
    print(type(e).__name__ + ':', e)
print('--- 7')
try:
    class A:
        def __len__(self): return 3
    print(len(A()), bool(A()))
except Exception as e:
    print(type(e).__name__ + ':', e)
print('--- 8')
try:
    class A:
        def __eq__(self, o): return True
    print(A() == 1, A() != 1, 1 == A())
except Exception as e:
    print(type(e).__name__ + ':', e)
print('--- 9')
try:
    class A:
        def __lt__(self, o): return True
    print(sorted([A(), A()]) is not None)
except Exception as e:
    print(type(e).__name__ + ':', e)
print('--- 10')
try:
    class E(Exception):
        def __init__(self, code):
            super().__init__('code %d' % code)
            self.code = code
    try:
        raise E(5)
    except E as e:
        print(e, e.code, e.args, repr(e))
except Exception as e:
    print(type(e).__name__ + ':', e)
print('--- 11')
try:
    class E(ValueError): pass
    try:
        raise E
    except ValueError as e:
        print(type(e).__name__, repr(e), str(e) == '')
except Exception as e:
    print(type(e).__name__ + ':', e)
print('--- 12')
try:
    raise TypeError('bad type')
except Exception as e:
    print(type(e).__name__ + ':', e)
print('--- 13')
try:
    class A:
        pass
    a = A()
    a.__dict__['z'] = 1
    print(a.z, vars(a))
except Exception as e:
    print(type(e).__name__ + ':', e)
print('--- 14')
try:
    class A:
        count = 0
        def __init__(self):
            A.count += 1
            self.count = -1
    [A() for _ in range(3)]
    print(A.count, A().count)
except Exception as e:
    print(type(e).__name__ + ':', e)
print('--- 15')
try:
    class P:
        def __init__(self, x, y):
            self.x, self.y = x, y
        def __repr__(self):
            return 'P(%r, %r)' % (self.x, self.y)
        def __add__(self, o):
            return P(self.x + o.x, self.y + o.y)
        def __mul__(self, k):
            return P(self.x * k, self.y * k)
        __rmul__ = __mul__
    print(P(1, 2) + P(3, 4), P(1, 2) * 3, 2 * P(1, 1))
except Exception as e:
    print(type(e).__name__ + ':', e)
print('--- 16')
try:
    class It:
        def __init__(self): self.i = 0
        def __iter__(self): return self
        def __next__(self):
            self.i += 1
            if self.i > 3: raise StopIteration
            return self.i
    print(list(It()), sum(It()), [x for x in It()])
except Exception as e:
    print(type(e).__name__ + ':', e)
print('--- 17')
try:
    class C:
        def __getitem__(self, i):
            if i > 2: raise IndexError
            return i * 10
    print(list(C()), 10 in C())
except Exception as e:
    print(type(e).__name__ + ':', e)
print('--- 18')
try:
    class C:
        def __contains__(self, x): return x == 5
    print(5 in C(), 4 in C())
except Exception as e:
    print(type(e).__name__ + ':', e)
print('--- 19')
try:
    class C:
        def __call__(self, a): return a + 1
    print(C()(1), callable(C()))
except Exception as e:
    print(type(e).__name__ + ':', e)
print('--- 20')
try:
    class C:
        def __str__(self): return 'str!'
    print(C(), str(C()), f'{C()}', '%s' % C())
except Exception as e:
    print(type(e).__name__ + ':', e)
print('--- 21')
try:
    class C:
        def __bool__(self): return False
    print('yes' if C() else 'no', not C())
except Exception as e:
    print(type(e).__name__ + ':', e)
print('--- 22')
try:
    class C:
        def __hash__(self): return 42
        def __eq__(self, o): return isinstance(o, C)
    print(len({C(), C()}), {C(): 1}[C()])
except Exception as e:
    print(type(e).__name__ + ':', e)
print('--- 23')
try:
    class A:
        def who(self): return 'A'
    class B(A):
        def who(self): return 'B' + super(B, self).who()
    print(B().who())
except Exception as e:
    print(type(e).__name__ + ':', e)
print('--- 24')
try:
    def f(*, a, b=2): return a + b
    print(f(a=1), f(b=3, a=1))
    f(1)
except Exception as e:
    print(type(e).__name__ + ':', e)
print('--- 25')
try:
    def f(a, /, b): return a, b
    print(f(1, b=2))
    f(a=1, b=2)
except Exception as e:
    print(type(e).__name__ + ':', e)
print('--- 26')
try:
    def f(**kw): return sorted(kw.items())
    print(f(x=1, y=2), f(**{'z': 3}))
except Exception as e:
    print(type(e).__name__ + ':', e)
print('--- 27')
try:
    x = 5
    def f():
        print(x)
        x = 6
    f()
except Exception as e:
    print(type(e).__name__ + ':', e)
print('--- 28')
try:
    def f():
        global counter
        counter = 1
    f()
    print(counter)
except Exception as e:
    print(type(e).__name__ + ':', e)
print('--- 29')
try:
    print(undefined_variable)
except Exception as e:
    print(type(e).__name__ + ':', e)
print('--- 30')
try:
    a, b = 1
except Exception as e:
    print(type(e).__name__ + ':', e)
print('--- 31')
try:
    a, b = [1, 2, 3]
except Exception as e:
    print(type(e).__name__ + ':', e)
print('--- 32')
try:
    {}.pop('x')
except Exception as e:
    print(type(e).__name__ + ':', e)
print('--- 33')
try:
    [1, 2][5]
except Exception as e:
    print(type(e).__name__ + ':', e)
print('--- 34')
try:
    'abc' + 5
except Exception as e:
    print(type(e).__name__ + ':', e)
print('--- 35')
try:
    5 + 'abc'
except Exception as e:
    print(type(e).__name__ + ':', e)
print('--- 37')
try:
    x = [1]
    x.nope()
except Exception as e:
    print(type(e).__name__ + ':', e)
print('--- 39')
try:
    from gc import nope
except Exception as e:
    print(type(e).__name__ + ':', e)
