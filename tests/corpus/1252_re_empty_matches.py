# Empty matches in findall, finditer, sub and split follow Python 3.7+: an empty match may follow a non-empty one.
import re

cases = [('x*', 'abxd'), ('', 'abc'), ('a*', 'baaac'), (r'\b', 'hi there'), ('a|', 'bab'), ('(?=b)', 'abab'),
         ('$', 'ab\n'), ('^', 'ab'), ('x*?', 'xx'), ('(|a)', 'aa'), ('a*?', 'aab'), (r'\s*', 'a b  c')]
for pattern, text in cases:
    print(repr(pattern), repr(text))
    print('  findall', re.findall(pattern, text))
    print('  spans  ', [m.span() for m in re.finditer(pattern, text)])
    print('  sub    ', re.sub(pattern, '-', text))
    print('  split  ', re.split(pattern, text))
print(re.subn('', '.', ''), re.split('', ''), re.findall('', ''))
print(re.compile('a*').findall('aaba', 1, 3))
