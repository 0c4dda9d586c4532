# A function's __annotations__ can be set (a dict, or None), so functools.wraps carries them over.
import functools
def g(): pass
print(g.__annotations__)
g.__annotations__ = {"a": int}
print(g.__annotations__)
g.__annotations__ = None
print(g.__annotations__)
try:
    g.__annotations__ = [1]
except TypeError as e:
    print("TypeError:", e)
def deco(f):
    @functools.wraps(f)
    def w(*a): return f(*a)
    return w
@deco
def hello(x: int) -> str: return str(x)
print(hello.__annotations__, hello(3), hello.__wrapped__.__annotations__ is hello.__annotations__)
