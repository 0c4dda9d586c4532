"""The __main__ module's own names: what python3 FILE.py puts in the globals before the first line runs."""
import sys
import builtins

print(list(globals())[:9])
print(__name__, __doc__, __package__, __spec__, __cached__, __annotations__)
print(sys.argv[0], __file__.endswith('main.py'), __file__.endswith(sys.argv[0]))
print(__builtins__, __builtins__ is builtins, builtins.len is len, type(__loader__).__name__)
print(sorted(k for k in dir() if k.startswith('__')))
print(builtins.__name__, __builtins__.__dict__['abs'] is abs)
print(eval('__name__'), eval('__file__') == __file__)
ns = {}
exec('value = 1', ns)
print(sorted(ns), type(ns['__builtins__']).__name__)
print(sys.getsizeof(globals()))
