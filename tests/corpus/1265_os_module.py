# The os module without files: separators, names, an environment a program can change, fspath and PathLike.
import os
print(os.name, os.sep, repr(os.linesep), os.curdir, os.pardir, os.extsep, os.altsep, os.pathsep, os.defpath, os.devnull)
print(os.error is OSError, type(os.getcwd()).__name__, os.path.isabs(os.getcwd()), type(os.getcwdb()).__name__)
print(os.getenv('PLAYGROUND_NO_SUCH_VAR_ZZ'), os.getenv('PLAYGROUND_NO_SUCH_VAR_ZZ', 'fallback'))
os.environ['PLAYGROUND_VAR_ZZ'] = 'hello'
print(os.environ['PLAYGROUND_VAR_ZZ'], os.getenv('PLAYGROUND_VAR_ZZ'), 'PLAYGROUND_VAR_ZZ' in os.environ)
print(os.environ.get('PLAYGROUND_VAR_ZZ'), os.environ.setdefault('PLAYGROUND_VAR_ZZ', 'other'), os.environ.setdefault('PLAYGROUND_ZZ2', 'new'))
print(os.environ.pop('PLAYGROUND_ZZ2'), os.environ.pop('PLAYGROUND_ZZ2', 'gone'))
del os.environ['PLAYGROUND_VAR_ZZ']
print('PLAYGROUND_VAR_ZZ' in os.environ, type(os.environ).__name__, type(os.environ.copy()).__name__)
for action in [lambda: os.environ['PLAYGROUND_NO_SUCH_VAR_ZZ'], lambda: os.environ.__setitem__('K', 1),
               lambda: os.environ.__setitem__(1, 'v'), lambda: os.getenv(1), lambda: os.environ.__delitem__('PLAYGROUND_NO_SUCH_VAR_ZZ'),
               lambda: os.fspath(3), lambda: os.fspath(None), lambda: os.fspath('a/b'), lambda: os.fspath(b'a/b')]:
    try:
        print(repr(action()))
    except Exception as e:
        print(type(e).__name__, e)


class Place:
    def __init__(self, where):
        self.where = where

    def __fspath__(self):
        return self.where


class Broken:
    def __fspath__(self):
        return 42


print(os.fspath(Place('x/y')), os.path.join(Place('base'), 'f.txt'), os.path.basename(Place('/a/b.c')))
print(isinstance(Place('p'), os.PathLike), isinstance('str', os.PathLike), issubclass(Place, os.PathLike))
try:
    os.fspath(Broken())
except TypeError as e:
    print(e)
from collections.abc import MutableMapping
print(isinstance(os.environ, MutableMapping), os.path.__name__)
