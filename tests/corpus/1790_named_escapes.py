# \N{...} escapes (names, aliases, any case, CJK and Hangul), in f-strings next to fields, and unicodedata.name/lookup
import unicodedata

print(ascii("\N{GREEK SMALL LETTER ALPHA}\N{EM DASH}\N{bullet}\N{Latin Small Letter E With Acute}"))
print(ascii("\N{LINE FEED}\N{NUL}\N{BOM}\N{VS16}\N{LATIN CAPITAL LETTER GHA}\N{SP}"))
print(ascii("\N{CJK UNIFIED IDEOGRAPH-4E00}\N{CJK UNIFIED IDEOGRAPH-20000}\N{HANGUL SYLLABLE GAG}\N{HANGUL SYLLABLE A}"))
print(ascii("\N{cjk compatibility ideograph-f900}\N{NUSHU CHARACTER-1B170}\N{BOX DRAWINGS LIGHT HORIZONTAL}\N{RIGHTWARDS ARROW}"))
print(ascii("\N{GRINNING FACE}\N{SNOWMAN}\N{DIGIT ONE}\N{SPACE}x"))
n = 3
print(f"{n}\N{MULTIPLICATION SIGN}{n}\N{EQUALS SIGN}{n * n}", f"\N{LEFT CURLY BRACKET}{n}\N{RIGHT CURLY BRACKET}")
print(f"{n:\N{DIGIT ZERO}>4}", f"\\N{n}", rf"\N{n}", b"\N{x}")
print(len("\N{EM DASH}"), "\N{EM DASH}" == "\u2014")

for ch in ["a", "\u2014", "\u00e9", "\u4e00", "\uac01", "\U0001F600", "\uf900", "\U00018b00", "\u00ad"]:
    print(ascii(ch), unicodedata.name(ch))
for name in ["EM DASH", "em dash", "LATIN SMALL LETTER GHA", "HANGUL SYLLABLE GAG", "CJK UNIFIED IDEOGRAPH-04E00",
             "cjk unified ideograph-4e00", "hangul syllable gag", "TANGUT IDEOGRAPH-17000", "EM  DASH", b"bullet", "\u00e9", "a\0b"]:
    try:
        print(ascii(unicodedata.lookup(name)))
    except KeyError as e:
        print(type(e).__name__, ascii(str(e)))
print(unicodedata.name("\0", None), unicodedata.name("\ue000", "none"), unicodedata.unidata_version)
for args in [(5,), ("ab",), ("\0",), (), ("a", 1, 2)]:
    try:
        print(unicodedata.name(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for arg in [5, "x" * 300]:
    try:
        print(unicodedata.lookup(arg))
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)
for src in ['"\\N{EM DASH}"', '"ab\\N{foo bar}"', '"\\N{}"', '"\\N{"', '"\\N"', '"\\Nx"', '"\u00e9\\N{nope}"',
            '"\\N{  EM DASH}"', '"\\N{LATIN CAPITAL LETTER A WITH MACRON AND GRAVE}"']:
    try:
        print(ascii(eval(src)))
    except SyntaxError as e:
        print(e.msg)
# In an f-string the error is placed at the token after the literals.
for src in ['x = f"{1}x\\N{nope}" + 1', "x = f'\\N{EM DASH' + 1", 'x = f"{1}a\\x1" + 1', 'x = (f"{1}\\N{x}"\n  "y")']:
    try:
        exec(src)
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
