text = "The quick brown fox"
words = text.split()
print(words, len(words))
print(text.lower().count("o"), text.rfind("o"), text.index("quick"))
print("_".join(w.capitalize() for w in words))
print("a-b-c".split("-", 1), "a b  c".split(" "), "  x  y ".split())
print("tab\there".expandtabs(4), "CamelCase".lower(), "x".join("abc"))
print("Hello"[1:4], "Hello"[-3:], "Hello"[10:], "Hello"[:0] == "")
try:
    "abc".index("z")
except ValueError as e:
    print(e)
print("%-6s|%6.2f|%x" % ("ab", 3.14159, 255))
print(str(3.0), str(10 ** 16 * 1.0), str(1e-7), repr(1.5e300 * 1e10))
