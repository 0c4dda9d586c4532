# str character classes and case mappings follow CPython 3.11's Unicode 14.0 tables.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

samples = ['ß', 'ŉ', 'ΣΑΣ', 'ΣΑΣ ΣΑΣ', 'ὈΔΥΣΣΕΎΣ', 'ǅungla', 'ﬁre', 'İstanbul', 'ǰ', 'Σ', 'aΣ', 'aΣb', 'a.Σ.', 'ʰΣ',
           'hello world', "they're bill's friends", 'ǈ', 'ᾳ', 'ΐ', '٣', '²', '½', 'Ⅻ', '〇', '\u1e9e', 'ꭰ', '𝒜', '𐐀𐐨']
for s in samples:
    print(repr(s), [s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold()])
    print('   ', [s.isupper(), s.islower(), s.istitle(), s.isalpha(), s.isalnum(), s.isdecimal(), s.isdigit(),
                  s.isnumeric(), s.isidentifier(), s.isprintable(), s.isspace(), s.isascii()])

t(lambda: ['123'.istitle(), 'A1'.istitle(), 'A1 B'.istitle(), 'Aa Bb'.istitle(), 'AA'.istitle(), ''.istitle()])
t(lambda: ['1a'.islower(), '1'.islower(), 'A1'.isupper(), ''.isupper()])
t(lambda: ['_x1'.isidentifier(), '1x'.isidentifier(), 'x-y'.isidentifier(), 'ℕ'.isidentifier(), ''.isidentifier()])
t(lambda: [' \t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2028\u3000'.isspace(), '\u200b'.isspace(), '\ufeff'.isspace()])
t(lambda: ['\x7f'.isprintable(), '\xa0'.isprintable(), '\xad'.isprintable(), ' '.isprintable(), ''.isprintable(), '\u2028'.isprintable()])

# counts over a sample of the code space: each class and each case mapping
def summary(pred):
    n = 0
    total = 0
    for cp in range(0, 0x20000, 11):
        if pred(chr(cp)):
            n += 1
            total += cp
    return n, total

for name in ['isalpha', 'isdecimal', 'isdigit', 'isnumeric', 'isspace', 'isprintable', 'isidentifier',
             'islower', 'isupper', 'istitle']:
    method = getattr(str, name)
    print(name, summary(method))

for name in ['upper', 'lower', 'title', 'casefold', 'swapcase']:
    method = getattr(str, name)
    changed = 0
    total = 0
    for cp in range(0, 0x20000, 11):
        c = chr(cp)
        m = method(c)
        if m != c:
            changed += 1
            for ch in m:
                total += ord(ch)
    print(name, changed, total)

# repr escapes what is not printable
print(repr('a\x7fb\xa0c\xadd\u2028e\u0378f\U000e0001g\u200bh'))
print(ascii('é𝒜\n'))
