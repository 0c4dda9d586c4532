# The order objects release what they hold, seen through __del__: slice_dealloc (step, start, stop), map and zip (their
# iterator tuple last to first, then map's function), filter, func_clear (defaults, doc, dict, closure), enumerate.
class D:
    def __init__(s, n): s.n = n
    def __del__(s): print(s.n, end=" ")
    def __call__(s, *a): pass
x = slice(D(1), D(2), D(3)); del x
print()
x = map(D('fn'), [D('it')], [D('it2')]); del x
print()
x = zip([D('a')], [D('b')], [D('c')]); del x
print()
x = filter(D('f'), [D('i')]); del x
print()
def mk():
    c = D('cell')
    def f(): return c
    f.attr = D('dict')
    f.__defaults__ = (D('default'),)
    f.__doc__ = D('doc')
    return f
x = mk(); del x
print()
x = enumerate([D('e')]); del x
print()
