# pos and endpos: where ^, $, \A, \Z and lookbehind see the string's edges; scanners; clamped positions.
import re

p = re.compile(r'^\w+')
print(p.match('hello world', 6), p.search('hello world', 6), re.compile(r'\w+').match('hello world', 6))
print(re.compile(r'\w+$').search('hello world', 0, 5), re.compile(r'o\Z').search('foo bar', 0, 3))
print(re.compile(r'(?<=l)o').search('hello', 4), re.compile(r'\bw').search('hello world', 6))
print(re.compile('a').match('xa', -10), re.compile('a').search('xa', 1, 100).span(), re.compile('').search('abc', 5))
print(re.compile('').match('abc', 2, 1), re.compile(r'\d+').findall('a12b345c6', 2, 7))
m = re.compile(r'\d').search('a1b2', 2, 4)
print(m, m.pos, m.endpos, m.span())
sc = re.compile(r'\d+|[a-z]+').scanner('ab12 cd', 0, 6)
print([m.group() if m else m for m in [sc.match(), sc.match(), sc.match(), sc.search(), sc.search()]])
print([(m.span(), m.pos, m.endpos) for m in re.compile('a').finditer('banana', 2, 5)])
for bad in [(1.5,), ('1',)]:
    try:
        p.match('abc', *bad)
    except TypeError as e:
        print('TypeError', e)
