# DEBUG_SAVEALL still set at exit: the shutdown collection saves the cycle (after its __del__ ran); gc.garbage, held
# by the collector itself, keeps the class and so the module's namespace alive through the last collection, and
# what __del__ prints when the namespace is cleared at the very end is lost, as in CPython.
import gc
import sys


class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


print(sys.getrefcount(gc.garbage), sys.getrefcount(gc.callbacks))
gc.set_debug(gc.DEBUG_SAVEALL)
a = A(1)
a.me = a
del a
b = A(2)
l = [A(3)]
l.append(l)
del l
print("end")
