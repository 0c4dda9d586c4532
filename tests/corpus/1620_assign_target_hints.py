# Which invalid assignment targets get "here. Maybe you meant '==' instead of '='?" (invalid_named_expression on the
# first expression or an unparenthesized tuple's last element) and the bare-yield target's own message.
sources = [
    "x == 1 = y", "1 = y", "1 = y = z", "not x = 1", "a or b = 1", "x < y = 1", "{1:2} = 3", "{1} = 3",
    "[x for x in y] = 1", "f() = 1", "f() = 1 = 2", "a = 1 = 2", "a = f() = 2", "(a, f()) = 1", "[f()] = 1",
    "*f() = 1", "a, f() = 1", "a, 1 = 2", "f(), a = 1", "f(), a.b = 1", "f(), (a) = 1", "a, f(), = 1",
    "a, *f() = 1", "(a == b) = 1", "(a) == b = 1", "(not a) = 1", "(lambda: 1) = 2", "(x if y else z) = 1",
    "(yield) = 1", "(a := 1) = 2", 'f"{x}" = 1', "1 = x := 2", "f() = 1 +", "f() = g(1 +)", "f() = (1 +)",
    "f() = -", "f() = [1 +]", "f() = 1 = 2 +", "x = yield = 3", "yield = 1", "True = 1", "with a as f(): pass",
    "[x for f() in y]", "x.y = 1 + 2 = 3", "f() = yield",
]
for src in sources:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(f"{src!r:24} {e.msg} @ {e.offset}-{e.end_offset}")
