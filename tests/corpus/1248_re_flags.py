# Flags: combining, reprs, inline and scoped flags, VERBOSE patterns, and the flags a Pattern reports.
import re

print(re.I | re.M, re.S | re.X | re.A, repr(re.U), re.NOFLAG, re.I & re.I, re.I ^ re.I)
print(int(re.IGNORECASE | re.DOTALL), re.I == 2, isinstance(re.M, int), type(re.M).__name__)
print(re.I | 1024, re.RegexFlag(8), re.RegexFlag.DOTALL.name, re.M.value)
print(list(re.RegexFlag)[:4])
for flags in [0, re.I, re.M | re.S, re.X, re.A, re.A | re.I, re.U, re.I | re.U]:
    p = re.compile(r'\w+ $', flags)
    print(p, p.flags, p.findall('Héllo \nWORLD \n'))
print(re.compile('(?i)abc').flags, re.compile('(?ms)abc'), re.compile('(?a)x').flags, re.compile('(?x) a b ').pattern)
print(re.findall('(?i)straße', 'STRASSE straße STRAßE'))
print(re.findall(r'(?i:[a-c]+)x', 'ABCx abcX Ax'))
print(re.findall(r'a(?-i:B)c', 'aBc ABC abc aBC', re.I))
print(re.findall(r'(?s:.)(?-s:.)', 'a\nb\n\nc'))
print(re.findall(r'(?m:^x)|^y', 'y\nx\ny'))
print(re.findall('(?x: a b # comment\n ) c d', 'ab c dab cd'))
number = re.compile(r"""
    [-+]?           # optional sign
    (?:
        \d+\.\d*    # 1.  or 1.5
      | \.\d+       # .5
      | \d+         # 12
    )
    (?:[eE][-+]?\d+)?   # exponent
""", re.VERBOSE)
print(number.findall('1.5 -2 +.5e10 12E-3 x 7.'))
print(re.match(r'[ ]a#b', ' a#b', re.X), re.match(r'\ a\#b', ' a#b', re.X))
print(re.search('A', 'bab', re.IGNORECASE).span(), re.search('^b', 'a\nb', re.MULTILINE).span())
print(re.findall('.', 'a\nb', re.DOTALL), re.findall(r'\d', '٣4', re.ASCII))
