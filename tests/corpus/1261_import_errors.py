# Import failures as importlib reports them: ModuleNotFoundError's name and msg, ImportError's name.
import sys


def attempt(source):
    try:
        exec(source, {'__name__': '__main__'})
        print(source, '-> ok')
    except ImportError as e:
        print(source, '->', type(e).__name__, repr(e.name), e.msg.split(' (')[0])


for source in ['import nosuchmodule_zz', 'import nosuchmodule_zz.sub', 'import os.nosuch', 'import os.path.nosuch',
               'import math.nosuch', 'import sys.x', 'from math.x import y', 'import collections.nosuch',
               'from os import nosuch', 'from math import nosuch, floor', 'from collections import nosuch',
               'from os.path import nosuch', 'from collections.abc import Nosuch', 'import string.x',
               'from . import x', 'from .m import x', 'from .. import y', 'import collections.abc.x',
               'from sys import modules, nosuch', 'import os.path as p, nosuchmodule_zz']:
    attempt(source)

try:
    import nosuchmodule_zz
except ModuleNotFoundError as e:
    print(isinstance(e, ImportError), e.args, e.path)
try:
    from sys import nosuch
except ImportError as e:
    print(type(e).__name__, e.args, e.name, e.path)
try:
    __import__
except NameError:
    pass
print(issubclass(ModuleNotFoundError, ImportError))
