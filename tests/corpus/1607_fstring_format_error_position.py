# A format that fails inside an f-string marks the whole literal (its joined parts too), as CPython 3.11 places
# FORMAT_VALUE; an error while evaluating the field's expression marks the expression.
import traceback
def attempt(f):
    try:
        f()
    except Exception:
        traceback.print_exc()
x = None
attempt(lambda: print(f"v={x:>5}"))
attempt(lambda: print(f"{1:z}"))
attempt(lambda: print("a" f"b{x:>5}" "c"))
attempt(lambda: print(f"{x!r:>{x}}"))
attempt(lambda: print(f"""multi
{x:d} line"""))
class Bad:
    def __format__(self, spec):
        raise ValueError("bad format")
attempt(lambda: print(f"{Bad()} and {1}"))
attempt(lambda: print(f"{1/0}"))
