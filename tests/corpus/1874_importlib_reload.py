# importlib.reload (the tutorial's chapter 6) gives back a module that was imported, and checks its argument as CPython does.
import importlib, math, json, sys
print(importlib.reload(math) is math, importlib.reload(json) is json, importlib.reload(sys) is sys)
for bad in (5, 'math', None):
    try:
        importlib.reload(bad)
    except TypeError as e:
        print('TypeError', e)
import types
m = types.ModuleType('ghost')
try:
    importlib.reload(m)
except ImportError as e:
    print('ImportError', e, e.name)
print(importlib.import_module('math') is math)
