import sys
s=''.join(['ab','cd'])
print(sys.getrefcount(s))
t=sys.intern(s)
print(t is s, sys.getrefcount(s))
u=sys.intern('abcd')
print(u is s, u is t, sys.getrefcount(s))
x=''.join(['q','r x'])
y=sys.intern(x); print(y is x, sys.getrefcount(x))
z=''.join(['q','r x']); print(sys.intern(z) is x, z is x)
try: sys.intern(1)
except TypeError as e: print(e)
try: sys.intern(s=1)
except TypeError as e: print(e)
try: sys.intern()
except TypeError as e: print(e)
class S(str): pass
try: sys.intern(S('a'))
except TypeError as e: print(e)
a = sys.intern('hello world!' * 2)
b = 'hello world!hello world!'
print(a is b, a == b)
del x, y
w = ''.join(['q','r x']); print(sys.intern(w) is w)
