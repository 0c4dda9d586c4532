# str order is code point order: astral characters (surrogate pairs in JavaScript) sort after U+E000..U+FFFF,
# in comparisons, sorted(), min() and max().
import random
r = random.Random(5)
alphabet = ['a', 'z', '\ud7ff', '\ue000', '\uffff', '\U00010000', '\U0001f600', '\U0010ffff', '\x00', '\u00e9']
words = [''.join(r.choice(alphabet) for _ in range(r.randint(0, 3))) for _ in range(300)]
print([ascii(w) for w in sorted(words)][:60])
print(sum(a < b for a in words[:60] for b in words[:60]), sum(a <= b for a in words[:60] for b in words[:60]))
print(ascii(max(words)), ascii(min(words)), '\uffff' < '\U00010000', 'a\U00010000' > 'a\uffff')
print(sorted(['\uffff', '\U00010000', 'a', '\U0001f600b', '\U0001f600a']))
