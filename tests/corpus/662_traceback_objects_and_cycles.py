# Traceback objects: tb_lineno/tb_next/tb_frame, with_traceback, and the cycle an exception kept by a local of its own frame makes (exception, traceback, frame: gc.collect() finds 3).
import sys, gc
def f():
    x = [1]
    raise ValueError('v')
try:
    f()
except ValueError as e:
    tb = e.__traceback__
    print(tb.tb_lineno, tb.tb_next.tb_lineno, tb.tb_next.tb_next)
    print(type(tb.tb_frame).__name__)
    saved = e
print(sys.getrefcount(saved))
del tb
e2 = saved.with_traceback(None)
print(e2 is saved, saved.__traceback__)
gc.collect()
print(gc.collect())
class Bad(Exception):
    pass
def g():
    try:
        raise Bad()
    except Bad as err:
        me = err
g()
print(gc.collect())
