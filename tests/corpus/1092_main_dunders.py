# The __main__ module's namespace as `python3 FILE.py` starts it: the names, their order, their values.
import sys
print(list(globals()))
print(dir())
print(__name__, __doc__, __package__, __spec__, __cached__)
print(type(__builtins__).__name__, __builtins__.__name__)
import builtins
print(builtins is __builtins__)
print(__file__.endswith('.py'))
print(type(__loader__).__name__, type(__loader__).__module__, __loader__.name, __loader__.path == __file__)
print(__annotations__)
count: int = 3
label: str
print(__annotations__)
print(sys.getsizeof(globals()), len(globals()))
if __name__ == '__main__':
    print('run as a script')
del __file__
print('__file__' in globals(), len(vars()))
g = globals()
print(sys.getrefcount(g), g is vars(), g['__name__'])
import __main__
print(__main__.__dict__ is g)
def f():
    return __name__, len(globals())
print(f())
