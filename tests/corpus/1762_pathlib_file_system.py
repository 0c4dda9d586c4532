# pathlib's Path on the file system: mkdir, write/read text and bytes, iterdir, glob/rglob, rename, unlink, rmdir.
import os
from pathlib import Path

base = Path('playground_1762_dir')
print(base.exists(), base.is_dir(), base.is_file())
base.mkdir()
print(base.exists(), base.is_dir(), base.is_file())
for call in [lambda: base.mkdir(), lambda: (base / 'x' / 'y').mkdir(), lambda: base.rmdir() if False else (base / 'nope.txt').read_text(),
             lambda: (base / 'nope.txt').unlink(), lambda: (base / 'nope').rmdir(), lambda: (base / 'nope').rename(base / 'other'),
             lambda: list((base / 'nope').iterdir()), lambda: base.read_text(), lambda: (base / 'f').write_text(b'x'),
             lambda: (base / 'f').write_bytes('x'), lambda: list(base.glob('')), lambda: list(base.glob('/x')),
             lambda: list(base.glob('a**b')), lambda: (base / 'no' / 'f.txt').touch()]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
base.mkdir(exist_ok=True)
(base / 'x' / 'y' / 'z').mkdir(parents=True)
(base / 'x' / 'y').mkdir(parents=True, exist_ok=True)
notes = base / 'notes.txt'
print(notes.write_text('hello\nworld\n'), notes.read_text(), notes.read_text().splitlines())
print(notes.exists(), notes.is_file(), notes.is_dir(), os.path.getsize(notes))
print((base / 'data.bin').write_bytes(b'\x00\x01\xff'), (base / 'data.bin').read_bytes(), (base / 'ba.bin').write_bytes(bytearray(b'ab')))
with notes.open('a') as f:
    f.write('more\n')
with notes.open() as f:
    print(f.readlines())
print(notes.read_text(encoding='utf-8'), (base / 'u.txt').write_text('äöü', encoding='utf-8'), (base / 'u.txt').read_bytes())
(base / 'empty.txt').touch()
(base / 'empty.txt').touch()
try:
    (base / 'empty.txt').touch(exist_ok=False)
except FileExistsError as e:
    print(type(e).__name__, e)
print(repr((base / 'empty.txt').read_text()))
(base / 'x' / 'a.py').write_text('print(1)\n')
(base / 'x' / 'y' / 'b.py').write_text('print(2)\n')
(base / 'x' / 'y' / 'z' / 'c.txt').write_text('c\n')
print(sorted(base.iterdir()))
print(sorted(p.name for p in base.iterdir() if p.is_file()))
print(sorted(base.glob('*.txt')), sorted(base.glob('*')), sorted(base.glob('x/*')), sorted(base.glob('*/*.py')))
print(sorted(base.rglob('*.py')), sorted(base.glob('**/*.py')), sorted(base.rglob('*.txt')))
print(sorted(base.glob('**')), sorted(base.glob('x/')), sorted(base.glob('no/*')), sorted(base.glob('notes.txt')), sorted(base.glob('x/y')))
print(sorted(base.glob('[de]*')), sorted(base.glob('?ata.*')), sorted(base.rglob('y')), list(notes.glob('*')))
moved = notes.rename(base / 'renamed.txt')
print(repr(moved), notes.exists(), moved.read_text())
print(repr((base / 'data.bin').replace(base / 'renamed.txt')), (base / 'renamed.txt').read_bytes())
renamed_dir = (base / 'x').rename(base / 'w')
print(sorted(str(p) for p in base.rglob('*')))
print(Path.cwd() == Path(os.getcwd()), base.absolute() == Path.cwd() / base, base.resolve() == base.absolute(), Path('/a/../b').resolve())
print(base.absolute().is_absolute(), (base / '..' / base.name / '.').resolve() == base.resolve(), base.samefile(str(base)))
try:
    (base / 'missing').resolve(strict=True)
except FileNotFoundError as e:
    print(type(e).__name__, e.filename == str((base / 'missing').absolute()))
try:
    base.rmdir()
except OSError as e:
    print(type(e).__name__, e)
(base / 'gone.txt').unlink(missing_ok=True)
for p in sorted(base.rglob('*'), reverse=True):
    if p.is_dir():
        p.rmdir()
    else:
        p.unlink()
base.rmdir()
print(base.exists(), os.path.exists('playground_1762_dir'))
