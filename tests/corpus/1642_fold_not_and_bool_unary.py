# The AST optimizer folds 'not' of any constant to a bool, and +, - and ~ of a bool to an int (fold_unaryop):
# co_consts shows the folded values, and gc.get_count() at the first line counts their cache keys.
import gc
print(gc.get_count())
flags = (not True, not 0, -True, ~False, +True, not b"", not 0j)
print(flags)
srcs = ["x = not True", "x = not 0", "x = not ''", "x = not (1, 2)", "x = not None", "x = not ...", "x = not 0.0", "x = not 0j",
        "x = not b''", "x = not 'a'", "x = -True", "x = +True", "x = ~True", "x = ~False", "x = +1.5", "x = +(-0.0)", "x = +2j",
        "x = ~1.5", "x = -'a'", "x = not not 1", "x = -(not 1)", "x = not frozenset()", "if not True:\n    z = 'q'",
        "x = +(1, 2)", "x = not -0.0", "x = not float('nan')"]
for s in srcs:
    c = compile(s, "s", "exec")
    print(repr(s), c.co_consts)
