x = 1234567.891
n = 9876543210
name = "Ada"
print(f"{x:,.2f}|{x:_.3f}|{n:,}|{n:_}|{n:_x}|{0.1234:.1%}|{x:e}|{x:.3E}|{x:g}|{1e-7:g}")
print(f"[{name:>10}][{name:<10}][{name:^10}][{name:*^11}][{name!r:>8}][{name=}][{x=:.1f}]")
w, p = 12, 3
print(f"[{x:{w}.{p}f}][{n:>{w},}][{-42:+06d}][{42:#x}][{42:#o}][{42:#b}][{42:08b}][{-3.5:=+10.2f}]")
s = "  The quick, brown fox; jumps over the lazy dog.  "
print(s.split(), s.strip().split(", "), s.rsplit(None, 2), s.strip().rsplit(" ", 3))
print(s.partition("fox"), s.rpartition("o"), s.partition("zzz"))
print("-".join(["a", "b", "c"]), s.strip(" .T"), s.lstrip(), s.rstrip())
print("title me o'neil x2y".title(), "Straße".casefold(), "ß".upper(), "42".zfill(6), "-42".zfill(6), "+7".zfill(4))
print("abc".center(8, "*"), "abc".center(9), "ab".center(7, "-"), "hello world".capitalize(), "HeLLo".swapcase())
tbl = str.maketrans("abc", "xyz", "!")
print("aabbcc!!d".translate(tbl), str.maketrans({"a": "1", "b": None}), "abcd".translate({97: "AA", 98: None}))
word = "abcdefghij"
print(word[::-1], word[2:8:2], word[-3:], word[:-3], word[::3], word[10:], word[-100:2], word[5:2:-1])
rows = [("apple", 3, 1.5), ("banana", 12, 0.25), ("cherry", 100, 10.0)]
print("Name".ljust(10) + "Qty".rjust(5) + "Price".rjust(8))
for nm, q, pr in rows:
    print(nm.ljust(10, ".") + str(q).rjust(5) + f"{pr:8.2f}")
print(f"{'total':<10}{sum(r[1] for r in rows):>5}{sum(r[2] for r in rows):>8.2f}")
print("a,b,,c".split(","), "a b  c".split(" "), "line1\nline2\r\nline3".splitlines(), "x".split("x"))
print("hello".find("l"), "hello".rfind("l"), "hello".index("lo"), "hello".count("l"), "hello".replace("l", "L", 1))
print("%s has %d items costing %.2f (%5.1f%%) %r %x %o %e" % ("cart", 3, 9.5, 45.25, "q", 255, 8, 12345.678))
print("{} {:>6} {name} {0!r}".format("a", "b", name="c"), "{:^9.3}".format("abcdef"), format(3.14159, ".2f"))
print(f"{1234.5:,}", f"{1e20:,.0f}", f"{12345678901234567890:,}", f"{0.5:.0f}", f"{1.5:.0f}", f"{2.5:.0f}")
print(f"{'x'!a}", f"{'é'!a}", f"{3.0:n}", f"{1e16}", f"{1e15}", f"{123.456:10.4g}|", f"{True:>5}", f"{None!s:>6}")
print("isdigit", "123".isdigit(), "12.3".isdigit(), "abc".isalpha(), "ab1".isalnum(), "  ".isspace(), "Ab Cd".istitle())
print("startswith", "hello".startswith(("he", "x")), "hello".endswith("lo", 0, 5), "a-b-c".split("-", 1))
print(f"{x!r:>20}", f"{'%':%^5}", f"{-0.0}", f"{-0.0:.1f}", f"{float('inf'):>6}", f"{float('nan')}")
