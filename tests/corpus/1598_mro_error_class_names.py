# The MRO and duplicate-base errors name classes by their __name__ (an assigned one, a dotted heap-type name whole).
class A: pass
class B(A): pass
A.__name__ = 'Renamed'
try:
    class C(A, B): pass
except TypeError as e:
    print(e)
try:
    class D(A, A): pass
except TypeError as e:
    print(e)
X = type('pkg.X', (), {})
Y = type('Y', (X,), {})
try:
    type('Z', (X, Y), {})
except TypeError as e:
    print(e)
