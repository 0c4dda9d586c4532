# unicodedata.combining() (the strip-accents recipe), bidirectional() and mirrored(), from CPython 3.11's tables.
import unicodedata
def strip_accents(text):
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))
print(strip_accents("Crème brûlée à São Paulo, Ångström, naïve"))
for ch in "a\u0301\u0327\u05b0\u3099(\u202e٣":
    print(hex(ord(ch)), unicodedata.combining(ch), unicodedata.bidirectional(ch), unicodedata.mirrored(ch), unicodedata.category(ch))
print(sum(unicodedata.combining(chr(c)) for c in range(0x300, 0x370)), sum(unicodedata.mirrored(chr(c)) for c in range(0x2000, 0x2300)))
print(sorted({unicodedata.bidirectional(chr(c)) for c in range(0, 0x3000)}))
try: unicodedata.combining("ab")
except TypeError as e: print(e)
