# except* with loops, with statements and generators in its handlers; an error in a type expression chains to the group.
import sys
class CM:
    def __enter__(self): return self
    def __exit__(self, *a): print('exit', a[0])
def f():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* TypeError:
        print("no")
    except* undefined_name:
        print("no")
try:
    f()
except NameError as e:
    print("NameError", e, repr(e.__context__))
for i in range(3):
    try:
        raise ExceptionGroup("g", [ValueError(i)])
    except* ValueError as eg:
        for j in range(5):
            if j == 1:
                break
        with CM() as fh:
            pass
        print("handled", i, j, sys.exc_info()[1])
print(sys.exc_info())
def gen():
    try:
        yield 1
    except* ValueError as e:
        print("gen caught", repr(e))
        yield 2
g = gen()
next(g)
print(g.throw(ValueError("thrown")))
