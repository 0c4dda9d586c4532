# re.sub and subn: templates, group references, functions, counts and empty matches.
import re

print(re.sub(r'(\d+)-(\d+)', r'\2-\1', 'ranges 1-5 and 10-20'))
print(re.sub(r'(?P<word>\b\w)', lambda m: m.group('word').upper(), 'the quick brown fox'))
print(re.sub(r'\s+', ' ', '  lots   of\n\nspace  ').strip())
print(re.subn(r'o', '0', 'foo boo zoo'))
print(re.subn(r'o', '0', 'foo boo zoo', count=2))
print(re.sub(r'', '|', 'abc'))
print(re.sub(r'b*', '-', 'abbbc'))
print(re.sub(r'(a)(b)?', r'[\1\2]', 'a ab'))
print(re.sub(r'x', r'\\', 'axb'), re.sub(r'x', '\\\\n', 'axb'))
print(re.sub(r'(\w+)', r'\g<1>\g<0>', 'hi yo'))
print(re.sub(r'(?i)HELLO', 'bye', 'Hello hello HELLO'))
print(re.sub(r'^', '> ', 'line1\nline2\nline3', flags=re.M))
counts = {}


def tally(m):
    w = m.group().lower()
    counts[w] = counts.get(w, 0) + 1
    return '%s%d' % (w, counts[w])


print(re.sub(r'\w+', tally, 'A b a B a'))
print(counts)
pattern = re.compile(r'(\d)')
print(pattern.sub(r'<\1>', 'a1b2c3', 2), pattern.subn(lambda m: str(int(m.group(1)) ** 2), 'a1b2c3'))
for bad in [r'\3', r'\g<name>', r'\g<1', r'\g<>', r'\k', 'tail\\']:
    try:
        print(pattern.sub(bad, 'a1'))
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
