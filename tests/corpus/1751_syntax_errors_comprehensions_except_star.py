# SyntaxErrors python3 reports in its own words: yield inside each kind of comprehension, dict unpacking in a dict comprehension, break/continue leaving an except* block outside a loop.
for src in ("def f():\n    return [(yield x) for x in range(3)]", "def f():\n    return {(yield x) for x in range(3)}",
            "def f():\n    return {x: (yield x) for x in range(3)}", "def f():\n    return list((yield x) for x in range(3))",
            "[(yield x) for x in range(3)]", "def f():\n    return [(yield from x) for x in range(3)]", "yield 1",
            "def f():\n    return [x for x in (yield 1)]", "x = {**a for a in b}", "x = {**a, b: 1 for a in b}",
            "try:\n    pass\nexcept* ValueError:\n    break", "for i in x:\n    try:\n        pass\n    except* ValueError:\n        continue",
            "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1"):
    try:
        compile(src, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_offset)
