# What matching does to objects: the Match keeps its string, groups are new strings, patterns are cached.
import gc
import re
import sys

text = ' '.join(['alpha', 'beta', 'gamma'] * 3)
print(sys.getrefcount(text))
m = re.search(r'(\w+) (\w+)', text)
print(m.string is text, sys.getrefcount(text))
g = m.group(1)
print(g, sys.getrefcount(g), sys.getrefcount(m.group(2)))
print(m.group(0) is m.group(0), m[1] == g)
whole = re.match('.*', 'xyz')
print(whole.group() == whole.string)
del m
print(sys.getrefcount(text))

p = re.compile(r'\d+')
print(p is re.compile(r'\d+'), re.compile(r'\d+', re.I) is p)
matches = [p.search('n%d' % i) for i in range(5)]
print([x.group() for x in matches], sys.getrefcount(p) - sys.getrefcount(re.compile('x' * 3)))
del matches

words = re.findall(r'\w+', text)
print(len(words), sys.getrefcount(words[0]), words[0] is words[3])
parts = re.split(' ', 'a b c')
print(parts)
print(re.sub('z', 'y', 'abc') == 'abc', re.sub('', '', ''))

before = gc.get_count()[0]
found = [re.match('a', 'a') for _ in range(10)]
held = gc.get_count()[0] - before
del found
print(held, gc.get_count()[0] - before)
print(gc.collect())
sizes = [sys.getsizeof(re.match(p, 'abcd')) for p in ['a', '(a)', '(a)(b)', '(?P<x>a)(b)(c)(d)']]
print(sizes, re.match('(a)', 'a').__sizeof__())
