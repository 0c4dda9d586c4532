# os.path (posixpath) probe: each function on ordinary and edge-case paths, str and bytes, and its errors.
import os, posixpath
P = os.path
for f, args in [(P.join, ('a', '/b')), (P.join, ('a', 'b', '')), (P.join, ('',)), (P.join, ('a/', 'b')), (P.join, (1, 'a')), (P.join, ('a', 1)), (P.join, ('a', b'b')), (P.join, (b'a', b'b')),
                (P.splitext, ('.bashrc',)), (P.splitext, ('a/b.tar.gz',)), (P.splitext, ('a.b/c',)), (P.splitext, ('...x',)), (P.splitext, (3,)),
                (P.normpath, ('a//b/../c',)), (P.normpath, ('//a',)), (P.normpath, ('///a/./b/',)), (P.normpath, ('../../x',)), (P.normpath, ('',)), (P.normpath, ('/..',)),
                (P.split, ('/a/b/',)), (P.split, ('//x',)), (P.dirname, ('a//b',)), (P.basename, ('a/b/',)),
                (P.commonprefix, (['/usr/lib', '/usr/local'],)), (P.commonprefix, ([],)), (P.commonpath, (['/usr/lib', '/usr/local'],)), (P.commonpath, ([],)), (P.commonpath, (['/a', 'b'],)),
                (P.relpath, ('/a/b/c', '/a/d')), (P.relpath, ('',)), (P.isabs, ('/x',)), (P.exists, ('/no/such',)), (os.fspath, (3,)), (P.basename, (None,)), (P.dirname, (b'a/b',)), (P.splitdrive, ('/a',)),
                (P.normcase, ('A/B',)), (P.splitext, (b'a.b',)), (P.join, ()), (P.isabs, (1,)), (P.split, (b'/a/b',)), (P.normpath, (b'a//b',)), (P.commonprefix, (['ab', b'ab'],))]:
    try:
        print(f.__name__, args, repr(f(*args)))
    except Exception as e:
        print(f.__name__, args, type(e).__name__, e)
print(os.sep, os.name, repr(os.linesep), os.curdir, os.pardir, os.extsep, os.altsep, os.pathsep, os.defpath, os.devnull)
print(type(os.environ), repr(os.environ)[:8], P, os.path is posixpath)
for f in (P.isfile, P.isdir, P.islink, P.lexists):
    print(f.__name__, f('/definitely/not/here/zz'))
print(P.abspath('/a/./b/../c'), P.relpath('/x/y', '/x'), P.relpath('/x', '/x'), P.commonpath(['a/b/c', 'a/b/d']), P.commonpath([b'/a/b', b'/a']))
print(P.join('/', 'a', '', 'b/', 'c'), P.split(''), P.split('/'), P.splitext('a/.b.c'), P.basename(''), P.dirname('/'))
print(P.normpath('a/b/../../..'), P.normpath('/a/b/../../..'), P.normpath('./a/./'), P.sep, P.curdir, P.pardir, P.extsep)
