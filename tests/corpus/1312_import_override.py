# A replaced builtins.__import__ is what the import statement calls (with the frame's globals and locals), until it is
# restored or deleted.
import builtins
orig = builtins.__import__
def my_import(name, globals=None, locals=None, fromlist=(), level=0):
    print('importing', name, fromlist, level, type(globals).__name__, locals is None)
    return orig(name, globals, locals, fromlist, level)
builtins.__import__ = my_import
import math
from collections import abc
def f():
    import os.path
f()
builtins.__import__ = orig
import json
print(__import__ is orig, math.pi)
del builtins.__import__
try:
    import math
except ImportError as e:
    print(type(e).__name__, e)
