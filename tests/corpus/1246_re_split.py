# re.split: separators, capture groups kept, maxsplit, empty matches (Python 3.7+ rules).
import re

print(re.split(r',\s*', 'a, b,c,   d'))
print(re.split(r'(,)\s*', 'a, b,c'))
print(re.split(r'(?:,)', 'a,b,,c,'))
print(re.split(r'\s+', '  leading and trailing  '))
print(re.split(r'(\s)+', 'a  b'))
print(re.split(r'[;,]', 'x;y,z', maxsplit=1))
print(re.split(r'\b', 'hello, world'))
print(re.split(r'', 'abc'))
print(re.split(r'x?', 'axbc'))
print(re.split(r'(a)|(b)', 'xaybz'))
print(re.split(r'\d', 'no digits'))
print(re.split(r'(?=[A-Z])', 'splitCamelCaseWords'))
print(re.compile(r'-').split('a-b-c-d', 2))
print(re.split(r'$', 'end\n'))
print(re.split('^', 'a\nb', flags=re.M))
