# sys.is_finalizing() is False while the program runs and in weakref.finalize's exit callbacks (atexit),
# True for the __del__ calls of the collections Py_FinalizeEx makes after them.
import sys
import weakref


class Cycle:
    def __init__(self, name):
        self.name = name
        self.me = self

    def __del__(self):
        print('del', self.name, sys.is_finalizing())


temporary = Cycle('temporary')
del temporary
import gc
gc.collect()
print('running', sys.is_finalizing())
holder = Cycle('holder')
weakref.finalize(holder, lambda: print('finalize at exit', sys.is_finalizing()))
try:
    sys.is_finalizing(1)
except TypeError as e:
    print(e)
left = Cycle('left at exit')
del left
kept = Cycle('kept by a global')
