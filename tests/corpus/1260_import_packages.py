# Dotted imports: what each form binds, and submodules as attributes of their package.
import os.path
print(type(os).__name__, os.__name__, os.path.__name__)
import os.path as p
print(p is os.path, p.__name__)
from os import path
print(path is p)
from os.path import join, splitext as se
print(join('a', 'b'), se('x.py'))
import collections.abc
print(collections.abc.__name__, collections.abc.Sequence.__module__)
import collections.abc as cabc
print(cabc is collections.abc)
from collections import abc
print(abc is cabc)
import collections
print(collections.abc is abc, hasattr(collections, 'abc'))


def inside():
    import os.path as q
    from collections.abc import Mapping
    import collections.abc
    return q.basename('/x/y.txt'), Mapping.__name__, sorted(n for n in locals())


print(inside())
print('os' in dir(), 'path' in dir(), 'join' in dir(), 'se' in dir())
import math, sys as system, string as s2
print(math.floor(2.5), system.maxsize > 0, s2.digits)
from math import (
    pi,
    e as euler,
)
print(round(pi, 3), round(euler, 3))
