# match: complex literal patterns (signed real +/- imaginary) as CPython's grammar with its two messages; a number pattern followed by brackets is invalid syntax at the bracket.
def kind(z):
    match z:
        case -2+3j:
            return "minus two plus three j"
        case 1 - 2j:
            return "one minus two j"
        case 0.5+0j:
            return "half"
        case {1+1j: v}:
            return f"mapping {v}"
        case [3j, -1-1j]:
            return "sequence"
        case _:
            return "other"
for z in (-2+3j, complex(1, -2), 0.5, 0.5+0j, {1+1j: "x"}, [3j, -1-1j], 5):
    print(z, kind(z))
for src in ("match x:\n    case 1 + 2: pass", "match x:\n    case 1j + 2j: pass", "match x:\n    case 1 + -2j: pass", "match x:\n    case 5(): pass"):
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_offset)
for src in ("match x:\n    case 5[0]: pass", "match x:\n    case 1 + 2j(): pass", "match x:\n    case -5(): pass", "match x:\n    case {5(): 1}: pass"):
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_offset)
for src in ("match x:\n    case {1 2}: pass", "match x:\n    case {1}: pass", "match x:\n    case {\"a\" 2}: pass"):
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_offset)
