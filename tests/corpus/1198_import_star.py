# from m import *: __all__ or the public names, only at module level; what it binds.
from math import *
print(sqrt(16), floor(2.5), pi, e, inf)
print('sqrt' in globals(), '__name__' in dir())
from operator import *
print(add(2, 3), itemgetter(1)([4, 5]))
from itertools import *
print(list(islice(count(3), 4)))
from random import *
seed(1)
print(randint(1, 100))
import math
print(sorted(n for n in globals() if n in dir(math) and not n.startswith('_'))[:8])
try:
    exec('def f():\n    from math import *\n')
except SyntaxError as err:
    print(err.msg, err.lineno, err.offset)
try:
    exec('class C:\n    from math import *\n')
except SyntaxError as err:
    print(err.msg, err.lineno, err.offset)
ns = {}
exec('from math import *', ns)
print(len([k for k in ns if not k.startswith('_')]) > 40, 'floor' in ns, '__builtins__' in ns)

from copy import *
from textwrap import *
from string import *
print(copy([1]), deepcopy({'a': [1]}), dedent('  x\n  y'), capwords('hello there'), digits)
print(sorted(n for n in globals() if not n.startswith('_') and n[0].isupper() and n not in ('Formatter', 'Template')))
