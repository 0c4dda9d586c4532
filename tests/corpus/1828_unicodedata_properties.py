# unicodedata.category, east_asian_width, normalize and is_normalized as Unicode 14.0 (CPython 3.11) has them:
# every eleventh code point below U+30000 in all four forms, including characters encoded after 14.0.
import unicodedata as u
import sys
for f in [lambda: u.category('ab'), lambda: u.category(5), lambda: u.category(), lambda: u.normalize('NFX', 'a'),
          lambda: u.normalize('NFC', 5), lambda: u.east_asian_width(''), lambda: u.normalize('NFC'), lambda: u.normalize(1, 'a')]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(u.category('A'), u.category('\U0010ffff'), u.category('\ue000'), u.category('\ud800'), u.east_asian_width('あ'),
      u.normalize('NFKD', 'ｶ'), u.is_normalized('NFC', 'é'), u.is_normalized('NFD', 'é'))
counts = {}
for cp in range(0, sys.maxunicode + 1, 7):
    c = u.category(chr(cp))
    counts[c] = counts.get(c, 0) + 1
print(sorted(counts.items()))
widths = {}
for cp in range(0, sys.maxunicode + 1, 5):
    w = u.east_asian_width(chr(cp))
    widths[w] = widths.get(w, 0) + 1
print(sorted(widths.items()))
text = "Ｃａｆé ﬁ ½ ℌ e\u0301 Å"
for form in ("NFC", "NFD", "NFKC", "NFKD"):
    n = u.normalize(form, text)
    print(form, ascii(n), len(n), u.is_normalized(form, text))
s = "plain"
print(u.normalize("NFC", s) is s)
print("".join(c for c in u.normalize("NFKD", "Crème Brûlée") if u.category(c) != "Mn"))
diffs = []
total = 0
for form in ("NFC", "NFD", "NFKC", "NFKD"):
    acc = 0
    for cp in range(0, 0x30000, 11):
        if 0xD800 <= cp < 0xE000:
            continue
        c = chr(cp)
        n = u.normalize(form, c)
        if n != c:
            acc = (acc * 31 + sum(map(ord, n)) + cp) % 1000000007
    print(form, acc)
# The numeric values: decimal, digit and numeric (with defaults), for every thirteenth code point.
print(u.numeric('½'), u.digit('²'), u.decimal('٣'), u.numeric('Ⅻ'), u.numeric('万'), u.numeric('⅓'))
for f in [lambda: u.numeric('a'), lambda: u.digit('a'), lambda: u.decimal('²'), lambda: u.numeric('ab'), lambda: u.numeric(), lambda: u.digit('1', 2, 3), lambda: u.decimal(5)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(u.numeric('a', 'd'), u.digit('x', None), u.decimal('7'))
total = 0.0
count = [0, 0, 0]
for cp in range(0, sys.maxunicode + 1, 13):
    c = chr(cp)
    v = u.numeric(c, None)
    if v is not None:
        total += v
        count[0] += 1
    if u.digit(c, None) is not None:
        count[1] += u.digit(c) + 1
    if u.decimal(c, None) is not None:
        count[2] += u.decimal(c) + 1
print(total, count)
