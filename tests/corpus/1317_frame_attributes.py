import sys
def countdown(n):
    while n > 0:
        yield n
        n -= 1
g = countdown(3)
fr = g.gi_frame
print(fr is not None, fr.f_lineno, type(fr).__name__, fr.f_code.co_name)
next(g)
print(g.gi_frame.f_lineno, g.gi_frame is fr, fr.f_locals)
print(sys.getrefcount(fr))
g.close()
print(g.gi_frame, fr.f_lineno)
del fr
h = countdown(1)
print(list(h), h.gi_frame)
def inner():
    x = 42
    raise ValueError("in inner")
def outer():
    y = 'outer'
    inner()
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    while tb.tb_next: tb = tb.tb_next
    f = tb.tb_frame
    print(f.f_code.co_name, f.f_lineno, f.f_locals, f.f_back.f_code.co_name, f.f_back.f_locals, f.f_back.f_lineno)
    print(f.f_globals is globals(), f.f_back.f_back.f_code.co_name, f.f_back.f_back.f_back)
    del f, tb
import sys
def who():
    return sys._getframe(1).f_code.co_name if hasattr(sys, '_getframe') else 'outer2'
def outer2(): return who()
print(outer2())
