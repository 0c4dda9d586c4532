# int(x) and float(x) at a specialized call site (a loop or a function run often): float(x) as CPython 3.11's
# PRECALL_BUILTIN_CLASS calls float's vectorcall, int(x) through type_call (no vectorcall for int in 3.11), both
# with the general call's objects, refcounts, allocation counts and errors; a str subclass's __int__ comes first.
import gc
import sys


class Text(str):
    def __int__(self):
        return 7


class Number(int):
    pass


def convert(values, kind):
    out = []
    for v in values:
        try:
            out.append(kind(v))
        except (ValueError, TypeError) as e:
            out.append(f"{type(e).__name__}: {e}")
    return out


big = 10 ** 20
ratio = 2.5
for round_ in range(3):
    print(convert(["12", " -7 ", "1_000", "0x1f", "abc", "", big, ratio, True, Number(5), Text("3"), None], int))
    print(convert(["1.5", " 2e3 ", "inf", "-nan", "x", ratio, big, 3, True, Text("4.5")], float))
    print(int(big) is big, float(ratio) is ratio, sys.getrefcount(big), sys.getrefcount(ratio))
gc.collect()
before = gc.get_count()
for i in range(50):
    n = int("123456789012")
    f = float("0.25")
print(gc.get_count()[0] - before[0], n, f)


def parse_all(lines):
    total = 0
    for line in lines:
        total += int(line)
    return total


print(parse_all([str(i) for i in range(100)]))
try:
    parse_all(["1", "2", "three"])
except ValueError as e:
    print(e, e.__traceback__.tb_next.tb_lineno)
