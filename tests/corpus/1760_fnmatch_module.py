# fnmatch: translate's regular expressions, filter, fnmatch and fnmatchcase over *, ?, [seq], [!seq], ranges and bytes.
import fnmatch
pats = ['*.py', 'a?c', '[abc]x', '[!a-c]*', '*a*b*c', 'x[', '[]]', '[!]]', 'a\\b', '[a-z-]', '[z-a]', '[!]', '[a&&b]', '**', '*.t?t', 'data_[0-9][0-9].csv', '[^x]', '[[]']
for p in pats:
    print(repr(p), fnmatch.translate(p))
names = ['a.py', 'b.txt', 'abc', 'xyz', '.hidden', 'data_01.csv', 'A.PY', ']', 'a\\b']
for p in pats:
    print(p, fnmatch.filter(names, p), fnmatch.fnmatch('A.PY', p), fnmatch.fnmatchcase('abc', p))
print(fnmatch.fnmatch(b'abc.py', b'*.py'))
print(fnmatch.__all__)
