# re.sub/subn with a replacement that is neither callable nor a string of the pattern's kind: python3's errors (the template compiler's hash and str(repl, 'latin1'), the join's).
import re
for repl in (5, None, 2.5, [1], b"x"):
    try:
        print(re.sub(r"a", repl, "abc"))
    except TypeError as e:
        print("TypeError:", e)
for repl in (5, "x"):
    try:
        print(re.sub(rb"a", repl, b"abc"))
    except TypeError as e:
        print("TypeError:", e)
try:
    print(re.compile("a").subn(5, "aa"))
except TypeError as e:
    print("TypeError:", e)
print(re.sub("b", "[\\g<0>]", "abc"), re.sub(b"b", bytearray(b"<>"), b"abc"), re.sub("b", lambda m: m.group().upper(), "abc"))
