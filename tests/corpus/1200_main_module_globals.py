"""The __main__ module's docstring is its __doc__; the builtins module; sys.argv[0]."""
import sys
import builtins

print(__name__, __doc__)
print(sys.argv[0])
print(builtins, builtins.len is len, builtins.__name__, builtins.abs(-3))
print(eval('__name__'), eval('__doc__') is __doc__)
ns = {}
exec('value = 1', ns)
print(sorted(ns), type(ns['__builtins__']).__name__, ns['__builtins__'] is builtins.__dict__)
