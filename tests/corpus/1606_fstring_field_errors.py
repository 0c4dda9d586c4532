# An f-string field is scanned as CPython 3.11's fstring_find_expr scans it: the quote that ends the literal ends it
# (f"{d["k"]}" is 3.12 syntax), brackets are matched on a stack, and a backslash or '#' in the expression is
# refused; each error is reported at the token after the f-string.
cases = [
    'd = {"k": 1}\nprint(f"{d["k"]}")',
    'x = f"{"a"}"',
    'x = f"{d[}"',
    "x = f'{a['k']}'",
    'x = f"{a\\n}"',
    'x = f"{a # c}"',
    "x = f'{\"a}'",
    'x = f"{a]}"',
    'x = f"{a)}"',
    'x = f"{a(]}"',
    'x = f"{}"',
    'x = f"{a!x}"',
    'x = f"{a"',
]
for source in cases:
    try:
        compile(source, "<case>", "exec")
    except SyntaxError as e:
        print(repr(source), '->', e.msg, e.lineno, e.offset)
a, b, x = 1, 2, 3
print(f"{a!=b} {a<b} {a>=b} {a==b} {x=} {x = } {x=!s:>4} {[1, 2][0]:{3}} {x:{'<'}5}|")
print(f"""{"a" + "b"}""", f'''{"""x"""}''', f"{ {1: 2}[1] }")
