# Pattern objects: the cache, purge, equality and hashing, copy, weak references, attributes.
import copy
import re
import weakref

p1 = re.compile(r'(?P<word>\w+)')
p2 = re.compile(r'(?P<word>\w+)')
print(p1 is p2, p1 == p2, hash(p1) == hash(p2))
re.purge()
p3 = re.compile(r'(?P<word>\w+)')
print(p3 is p1, p3 == p1, p3 != re.compile(r'(?P<word>\w+)', re.I))
print(p1 == r'(?P<word>\w+)', {p1: 1}[p3])
print(copy.copy(p1) is p1, copy.deepcopy(p1) is p1)
r = weakref.ref(p1)
print(r() is p1)
print(p1.pattern, p1.flags, p1.groups, p1.groupindex, p1.groupindex['word'], p1.groupindex is p1.groupindex)
try:
    p1.groupindex['x'] = 2
except TypeError as e:
    print('TypeError', e)
for name in ['pattern', 'flags', 'groups', 'other']:
    try:
        setattr(p1, name, 1)
    except AttributeError as e:
        print(name, 'AttributeError', e)
try:
    re.Pattern()
except TypeError as e:
    print('TypeError', e)
print(re.compile(p1) is p1, re.search(p1, 'hi there').group())
print(re.compile('x' * 250))
print(re.compile("it's"), re.compile('say "hi"'), re.compile('a\nb'), re.compile(r'\d'))
pats = {re.compile(str(i)) for i in range(5)}
print(len(pats), sorted(p.pattern for p in pats))
