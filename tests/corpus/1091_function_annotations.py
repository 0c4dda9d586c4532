import sys, gc
def f(a: int, /, b: str, *args: float, c: list[int] = None, **kw: dict) -> bool:
    return True
print(f.__annotations__)
def g(x, y=2): pass
print(g.__annotations__, g.__annotations__ is g.__annotations__)
def h(n: 'Node') -> 'Node': pass
print(h.__annotations__)
class Node:
    def link(self, other: 'Node') -> None:
        self.other = other
print(Node.link.__annotations__)
try:
    def bad(a: Undefined): pass
except NameError as e:
    print('NameError', e)
print(gc.get_count()[0] >= 0)
lam = lambda x: x
print(lam.__annotations__)
def k(a: int): pass
print(sys.getrefcount(k.__annotations__))
gc.collect()
c0 = gc.get_count()[0]
def p(a: int, b: str) -> None: pass
def q(a: 'int') -> 'str': pass
def r(a, b): pass
print(gc.get_count()[0] - c0)
ann = p.__annotations__
print(gc.get_count()[0] - c0, gc.is_tracked(ann), gc.is_tracked(q.__annotations__), sys.getrefcount(ann))
print(q.__annotations__ == {'a': 'int', 'return': 'str'}, r.__annotations__)
print(p.__defaults__, r.__annotations__ is r.__annotations__)
def deco(f):
    print('decorating', f.__name__, list(f.__annotations__))
    return f
@deco
def s(x: print('evaluating x annotation') or int = print('evaluating default') or 3) -> print('evaluating return') or str:
    return x
print(s())
