# sys._getframe: the current frame and its callers, depth errors.
import sys
def f():
    fr = sys._getframe()
    print(fr.f_code.co_name, fr.f_lineno, sys._getframe(1).f_code.co_name, sys._getframe(1).f_lineno)
    print(sys._getframe(1).f_globals["__name__"])
f()
try:
    sys._getframe(5)
except ValueError as e:
    print(e)
try:
    sys._getframe("a")
except TypeError as e:
    print(e)
print(sys._getframe(-3).f_code.co_name)
