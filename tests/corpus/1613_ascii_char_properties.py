# Every ASCII character's properties, each read first (before any non-ASCII one): the ASCII flags are decoded
# apart from the rest of the Unicode tables, and must agree with them.
checks = ["isalpha", "isdigit", "isdecimal", "isnumeric", "isspace", "isprintable", "isidentifier",
          "islower", "isupper", "istitle", "isalnum"]
for name in checks:
    row = "".join("1" if getattr(chr(cp), name)() else "0" for cp in range(128))
    print(name.ljust(13), row)
print("words:", [w.isidentifier() for w in ["_x1", "1x", "a b", "class", "Zz_9"]])
print("mixed:", "Ab9_".isidentifier(), "ab\u00e9".isidentifier(), "\u00b2".isdigit(), "\u00b2".isdecimal())
print("title:", "Hello World".istitle(), "hello".title(), "HeLLo".swapcase())
