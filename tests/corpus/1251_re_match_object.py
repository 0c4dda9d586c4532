# Everything a Match object tells: groups by number and name, spans, pos/endpos, lastindex, expand, repr.
import re

p = re.compile(r'(?P<key>\w+)=(?P<value>\w*)(;)?')
m = p.search('  name=Ada; x', 1)
print(m)
print(m.group(), m.group(0), m.group(1), m.group('value'), m.group(1, 'key', 3))
print(m[0], m['key'], m[3], m.groups(), m.groups('-'))
print(m.groupdict(), m.start(), m.end(), m.span(), m.span('value'), m.start(3), m.end(3))
print(m.pos, m.endpos, m.string, m.re, m.re is p)
print(m.lastindex, m.lastgroup, m.regs)
print(m.expand(r'\g<value> is \g<key>\n!'), m.expand(r'[\2]'))
print(bool(m), m is not None, type(m).__name__, type(m).__module__)
m2 = p.match('k=;', 0, 2)
print(m2, m2.groups(), m2.lastindex, m2.lastgroup, m2.endpos)
m3 = re.match(r'(a)(b)?(c)?', 'ac')
print(m3.groups(), m3.lastindex, m3.span(2), m3.regs)
for bad in [4, 'nope', -1, None]:
    try:
        m3.group(bad)
    except IndexError as e:
        print(repr(bad), 'IndexError', e)
try:
    m3.start(9)
except IndexError as e:
    print('start', e)
print(re.match('', 'abc'), re.match('x*', 'xxy').span(), re.search('$', 'abc'))
long = re.match('.*', 'y' * 100)
print(long)
print(re.match(r'(\w)(\w)(\w)(\w)(\w)(\w)(\w)(\w)(\w)(\w)(\w)', 'abcdefghijk').group(11), re.sub(r'(\w)(\w)(\w)(\w)(\w)(\w)(\w)(\w)(\w)(\w)(\w)', r'\11\10', 'abcdefghijk'))
import copy
print(copy.copy(m) is m, copy.deepcopy(m) is m)
