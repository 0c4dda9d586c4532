# builtins.__import__ and importlib.import_module: top package vs fromlist, relative names resolved from globals
# (__package__, __name__/__path__), and their errors and messages.
import sys
def t(f):
    try:
        r = f()
        print(getattr(r, '__name__', r))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: __import__('collections.abc'))
t(lambda: __import__('collections.abc', fromlist=['x']))
t(lambda: __import__('collections.abc', fromlist=[]))
t(lambda: __import__('collections.abc', fromlist=0))
t(lambda: __import__('collections', fromlist=[1]))
t(lambda: __import__('collections', fromlist='abc'))
t(lambda: __import__('math', fromlist=[1]))
t(lambda: __import__(1))
t(lambda: __import__(''))
t(lambda: __import__('', level=1))
t(lambda: __import__('x', level=-1))
t(lambda: __import__('x', level=1))
t(lambda: __import__('x', None, None, (), 1))
t(lambda: __import__('x', 5, None, (), 1))
t(lambda: __import__('abc', {'__package__': 'collections'}, None, (), 1))
t(lambda: __import__('abc', {'__package__': 'collections'}, None, ('x',), 1))
t(lambda: __import__('abc', {'__package__': 'collections'}, None, (), 2))
t(lambda: __import__('abc', {'__package__': 5}, None, (), 1))
t(lambda: __import__('abc', {'__name__': 'collections.foo'}, None, (), 1))
t(lambda: __import__('abc', {}, None, (), 1))
t(lambda: __import__('nosuchmod_zz'))
t(lambda: __import__('math.foo'))
t(lambda: __import__('math', level='a'))
t(lambda: __import__())
t(lambda: __import__('math', {}, {}, [], 0, 5))
t(lambda: __import__(name='math', bogus=1))
t(lambda: __import__('os.path'))
t(lambda: __import__('os.path', fromlist=['join']))
import importlib
t(lambda: importlib.import_module('collections.abc'))
t(lambda: importlib.import_module('.abc', 'collections'))
t(lambda: importlib.import_module('..abc', 'collections'))
t(lambda: importlib.import_module('.abc'))
t(lambda: importlib.import_module(5))
t(lambda: importlib.import_module(''))
t(lambda: importlib.import_module('.abc', 5))
t(lambda: importlib.import_module('nosuchmod_zz'))
t(lambda: importlib.import_module('math', 'x'))
print(type(importlib.import_module).__name__, importlib.import_module.__name__, importlib.import_module.__module__, __import__)
print(type(importlib), importlib.__name__)
t(lambda: importlib._bootstrap._gcd_import(5))
t(lambda: importlib._bootstrap._gcd_import('abc', 'collections', -1))
t(lambda: importlib._bootstrap._gcd_import('abc', '', 1))
t(lambda: importlib._bootstrap._gcd_import('abc', 'collections', 1))
t(lambda: importlib.import_module('...abc', 'zzq_missing.b'))
t(lambda: importlib.import_module('.', 'collections'))
t(lambda: importlib.import_module('..', 'zzq_missing.b'))
t(lambda: importlib.import_module('os.path').__name__)
t(lambda: importlib.import_module('math').sqrt(16))
print(importlib.import_module('collections') is __import__('collections') is sys.modules['collections'])
ns = {'__package__': 'collections', '__name__': 'x'}
exec("from . import abc\nfrom .abc import Mapping\nimport collections.abc as cabc", ns)
print(ns['abc'].__name__, ns['Mapping'].__name__, ns['cabc'] is ns['abc'])
for src, g in [("from . import abc", {'__name__': 'collections', '__path__': []}), ("from .. import abc", {'__package__': 'collections'}),
               ("from . import nosuch_zz", {'__package__': 'collections'}), ("from .nosuch_zz import x", {'__package__': 'collections'}),
               ("from . import abc", {'__name__': 'mod'}), ("from . import abc", {'__package__': ''}), ("import math.nosuch_zz", {})]:
    try:
        exec(src, g)
        print(src, 'ok')
    except Exception as e:
        print(src, type(e).__name__, str(e).split(' (')[0])
m = __import__('math')
print(sys.getrefcount(m) - sys.getrefcount(sys.modules['math']), __import__('collections', fromlist=['abc']) is sys.modules['collections'])
from . import nothing_here
