# pathlib pure paths: construction, str/repr, /, parts, name/suffix/stem, parent(s), with_*, relative_to, match, errors.
import os
from pathlib import PurePath, PurePosixPath, Path, PosixPath
import pathlib

p = PurePath('/usr', 'lib', 'python3.11', 'lib.tar.gz')
print(p, repr(p), type(p).__name__, str(p), os.fspath(p), p.__fspath__(), bytes(p))
print(repr(Path('a/b')), repr(Path()), repr(Path('')), repr(PurePath('//x//y/')), repr(PurePath('///x/./y/..')))
print(Path('a', 'b/c', Path('d'), PurePosixPath('e')), Path('a', '/b', 'c'), Path('/a') / 'b' / Path('c'), 'x' / Path('y'))
print(Path('a') / '/etc', repr('/r' / PurePosixPath('s')), Path('a').joinpath('b', 'c'), Path('a').joinpath())
print(p.parts, p.name, p.suffix, p.suffixes, p.stem, p.anchor, repr(p.root), repr(p.drive))
for s in ['', '.', '/', 'a', '.bashrc', 'x.', 'a.b.', 'a..b', '..', '/a/b.tar.gz', 'a/.x.y', 'archive.tar.gz']:
    q = PurePath(s)
    print(repr(s), q.parts, repr(q.name), repr(q.suffix), q.suffixes, repr(q.stem), repr(q.parent), q.is_absolute())
print(p.parent, p.parent.parent, Path('/').parent, Path('.').parent, Path('a').parent, Path('..').parent)
ps = p.parents
print(ps, len(ps), list(ps), ps[0], ps[-1], ps[-2], ps[1:3], ps[::-1])
try:
    ps[4]
except IndexError as e:
    print(type(e).__name__, e)
try:
    ps[-5]
except IndexError as e:
    print(type(e).__name__, e)
print(list(Path('a/b/c').parents), len(Path('a').parents), list(Path('.').parents))
print(p.with_name('x.py'), p.with_stem('new'), p.with_suffix('.zip'), p.with_suffix(''), Path('a').with_suffix('.txt'))
for call in [lambda: Path('/').with_name('x'), lambda: Path('a').with_name(''), lambda: Path('a').with_name('b/c'),
             lambda: Path('a').with_name('/b'), lambda: Path('a').with_suffix('txt'), lambda: Path('a').with_suffix('.'),
             lambda: Path('a').with_suffix('./x'), lambda: Path('').with_suffix('.x'), lambda: Path('a').with_stem(''),
             lambda: Path('/a/b').relative_to('/c'), lambda: Path('a/b').relative_to('/a'), lambda: Path('/a').relative_to('a'),
             lambda: Path('a').relative_to(), lambda: Path('a').match(''), lambda: Path('a', 5), lambda: Path(b'a'),
             lambda: Path('a') / 5, lambda: 5 / Path('a'), lambda: Path('a') < 'b', lambda: PurePath('a').as_uri(),
             lambda: Path('a').with_name(None), lambda: Path(None)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(Path('/a/b/c').relative_to('/a'), Path('/a/b/c').relative_to('/a/b/c'), Path('/a/b').relative_to('/'), Path('a/b').relative_to('a'))
print(Path('/a/b/c').relative_to('/a', 'b'), Path('/a/b').is_relative_to('/a'), Path('/a/b').is_relative_to('b'))
print(Path('a/b.py').match('*.py'), Path('/a/b/c.py').match('b/*.py'), Path('/a/b/c.py').match('a/*.py'), Path('/a/b.py').match('/*.py'))
print(Path('/a/b.py').match('/a/*.py'), Path('a/b.py').match('/a/*.py'), Path('b.PY').match('*.py'), Path('a/b').match('**/b'))
print(Path('a') == Path('a'), Path('a') == PurePosixPath('a'), Path('a') == 'a', Path('a/') == Path('a/.'), Path('a') != Path('b'))
print(hash(Path('a/b')) == hash(PurePath('a', 'b')), len({Path('a'), Path('a/'), PurePath('a'), Path('b')}))
print(sorted([Path('b'), Path('a/c'), Path('a'), Path('/z'), Path('a/b')]), Path('a') < Path('b'), Path('a') >= Path('a'))
print(isinstance(p, os.PathLike), issubclass(Path, PurePath), isinstance(Path('a'), PurePosixPath), PosixPath.__mro__[1:3])
print(p.as_posix(), PurePath('/a b/ü').as_uri(), p.is_reserved(), Path('a').is_absolute(), Path('//a').root, Path('//a').anchor)
print(os.path.join(Path('a'), 'b'), os.path.basename(Path('/x/y.txt')), os.path.splitext(Path('f.tar.gz')))
try:
    pathlib.WindowsPath('a')
except NotImplementedError as e:
    print(type(e).__name__, e)
try:
    Path('a').foo = 1
except AttributeError as e:
    print(type(e).__name__, e)
class MyPath(PurePosixPath):
    pass
m = MyPath('x') / 'y'
print(repr(m), repr(m.parent), repr(MyPath('a').with_suffix('.b')), repr(Path('a/b').parents))
print(repr(PurePath()), str(PurePath('a//b')), repr(Path('~').expanduser()) == repr(Path(os.path.expanduser('~'))))
