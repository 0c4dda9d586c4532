# vars() and locals() in functions (the frame's f_locals dict), vars(module), vars(class) as a mappingproxy, dir().
import sys, gc
x = 1
def f():
    y = 2
    print(sorted(vars()), sorted(locals()))
f()
print([k for k in vars() if not k.startswith('__')])
print(dir(sys)[:5] == sorted(dir(sys))[:5], 'getrefcount' in dir(sys), 'collect' in dir(gc))
print('collect' in vars(gc), type(vars(sys)).__name__, vars(sys) is sys.__dict__)
class A:
    z = 3
print(sorted(k for k in vars(A) if not k.startswith('__')), type(vars(A)).__name__)
try:
    vars(5)
except TypeError as e:
    print(e)
print(__name__)
print([n for n in dir() if not n.startswith('__')])
def g(a, b=2):
    c = a + b
    loc = locals()
    d = 5
    print(sorted(loc), loc is locals(), sorted(locals()))
    def inner():
        return c
    print(sorted(locals()))
    return inner
g(1)
print(A.__dict__['z'], 'z' in A.__dict__, len(A.__dict__) > 3, type(A.__dict__).__name__)
try:
    A.__dict__['w'] = 1
except TypeError as e:
    print(e)
