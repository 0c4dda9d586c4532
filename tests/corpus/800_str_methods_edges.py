# str methods at their edges: padding, splitting, searching bounds, partition, translate, format_map.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e, e.args)

# padding: the odd column goes where CPython puts it
for w in range(3, 8):
    t(lambda: 'ab'.center(w, '*'))
    t(lambda: 'abc'.center(w, '*'))
t(lambda: 'abc'.ljust(6, '-') + '|' + 'abc'.rjust(6, '-'))
t(lambda: '-12'.zfill(6))
t(lambda: '+12'.zfill(2))
t(lambda: 'x'.zfill(4))
t(lambda: ''.zfill(3))

# splitting keeps the remainder's own whitespace
t(lambda: 'a b  c '.split(None, 1))
t(lambda: '  a b  c  '.split(None, 1))
t(lambda: '  a b  c  '.rsplit(None, 1))
t(lambda: '  a b  c  '.split(maxsplit=2))
t(lambda: '  a b  c  '.rsplit(maxsplit=0))
t(lambda: '  a b  c  '.split(maxsplit=0))
t(lambda: 'a,b,,c'.split(','))
t(lambda: 'a,b,,c'.rsplit(',', 2))
t(lambda: 'a,b,,c'.split(',', -5))
t(lambda: 'aaa'.split('a'))
t(lambda: 'aaa'.rsplit('aa'))
t(lambda: 'a\u3000b\x1cc\x85d\ufeffe'.split())
t(lambda: '\xa0 x \u2003'.strip())

# line boundaries
t(lambda: 'a\x1cb\x1dc\x1ed\x85e\u2028f\u2029g\x0bh\x0ci\r\nj\rk\n'.splitlines())
t(lambda: 'a\x1cb\r\nj\rk\n\n'.splitlines(True))
t(lambda: 'x\n'.splitlines(keepends=True))
t(lambda: ''.splitlines())

# find/count/startswith bounds
for args in [('', 5), ('', 2), ('', 3), ('b', -1), ('a', -10, -2), ('', -1, 1), ('', 1, 0), ('ab', 0, 1)]:
    t(lambda: ('ab'.find(*args), 'ab'.rfind(*args), 'ab'.count(*args)))
    t(lambda: ('ab'.startswith(*args), 'ab'.endswith(*args)))
t(lambda: 'abcabc'.rfind('abc', 0, 5))
t(lambda: 'abcabc'.find('c', None, None))
t(lambda: 'abcabc'.count('a', None, 2))
t(lambda: 'abcabc'.index('c', 3))
t(lambda: 'abcabc'.rindex('z'))
t(lambda: 'abc'.startswith(('x', 'b'), 1))
t(lambda: 'abc'.endswith(('x', 'c'), -5, 99))
t(lambda: 'abc'.startswith(('a', 1)))
t(lambda: 'abc'.startswith(1))
t(lambda: 'abc'.endswith(['a']))
t(lambda: 'abc'.find('a', 1.0))
t(lambda: 'abc'.find(None))
t(lambda: 'abc'.find('a', True))
t(lambda: 'aaaa'.count('aa'))

# replace, partition, affixes
t(lambda: 'abab'.replace('ab', 'x', 1))
t(lambda: 'abc'.replace('', '-'))
t(lambda: 'abc'.replace('', '-', 2))
t(lambda: ''.replace('', 'x'))
t(lambda: 'abc'.replace('a', 1))
t(lambda: 'abc'.replace('a', 'b', 1.0))
t(lambda: 'a=b=c'.partition('='))
t(lambda: 'a=b=c'.rpartition('='))
t(lambda: 'abc'.partition('x'))
t(lambda: 'abc'.rpartition('x'))
t(lambda: 'abc'.partition(''))
t(lambda: 'abc'.partition(None))
t(lambda: 'abc'.removeprefix('ab') + 'abc'.removesuffix('bc') + 'abc'.removeprefix('x'))
t(lambda: 'abc'.removeprefix(1))

# strip, expandtabs, join
t(lambda: 'xxaxx'.strip('x') + 'xxaxx'.lstrip('x') + 'xxaxx'.rstrip('x'))
t(lambda: 'abc'.strip(1))
t(lambda: 'a\tb\r\tc\n\td'.expandtabs(4))
t(lambda: 'a\tbb\tccc\t'.expandtabs())
t(lambda: 'a\tb'.expandtabs(0))
t(lambda: 'a\tb'.expandtabs(tabsize=3))
t(lambda: '-'.join(['a', 'b']))
t(lambda: '-'.join({'a': 1, 'b': 2}))
t(lambda: '-'.join(x for x in 'xyz'))
t(lambda: ''.join(None))
t(lambda: ''.join([1]))
t(lambda: ','.join(['a', 2]))

# translate and maketrans
t(lambda: 'abc'.translate({97: 'x', 98: None, 99: 100}))
t(lambda: 'abc'.translate({97: 1.5}))
t(lambda: 'abc'.translate({97: 0x110000}))
t(lambda: 'abc'.translate(str.maketrans('ab', 'xy', 'c')))
t(lambda: str.maketrans('ab', 'xy'))
t(lambda: str.maketrans('ab', 'xyz'))
t(lambda: str.maketrans({'a': 'b', 98: 'c'}))
t(lambda: str.maketrans({'ab': 'b'}))
t(lambda: str.maketrans({1.5: 'b'}))
t(lambda: str.maketrans('a'))
t(lambda: 'abc'.translate('xyz'))

# format_map
t(lambda: '{a}-{b[0]}'.format_map({'a': 1, 'b': [2]}))
t(lambda: '{a}'.format_map(5))
t(lambda: '{a}'.format_map({}))
t(lambda: '{0}'.format_map({}))

# identity: which methods give back the same str
s = 'abcd' * 3
t(lambda: [s.strip() is s, s.center(3) is s, s.replace('x', 'y') is s, s.upper() is s, s.split()[0] is s,
           s.partition('x')[0] is s, ''.join([s]) is s, s.zfill(1) is s, s.lower() is s, s.translate({}) is s])
