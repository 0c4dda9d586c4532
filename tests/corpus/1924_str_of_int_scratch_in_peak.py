# str(int) converts through a scratch int (long_to_decimal_string) that is alive while the str is allocated: it
# shows in tracemalloc's peak, and its block is the next one of its size class.
import tracemalloc

tracemalloc.start()
cases = [
    ("str(0)", lambda: str(0)),
    ("str(7)", lambda: str(7)),
    ("str(-5)", lambda: str(-5)),
    ("str(10**9)", lambda: str(10**9)),
    ("repr(123456)", lambda: repr(123456)),
    ("f-string", lambda: f"{1000}"),
    ("format()", lambda: format(1000)),
    ("list of str", lambda: [str(i) for i in range(30)]),
    ("dict of str keys", lambda: {str(i): i for i in range(30)}),
    ("join of a list", lambda: "-".join([str(i) for i in range(50)])),
    ("big int", lambda: str(10**100)),
    ("reprs", lambda: [repr(i) for i in range(1000, 1020)]),
    ("f-strings", lambda: [f"{i}" for i in range(30)]),
]
for name, make in cases:
    tracemalloc.reset_peak()
    before = tracemalloc.get_traced_memory()[0]
    made = make()
    now, peak = tracemalloc.get_traced_memory()
    print(f"{name:18} kept {now - before:6}  peak {peak - before:6}")
    del made

tracemalloc.reset_peak()
squares = sum([x * x for x in range(300)])
print("list", squares, tracemalloc.get_traced_memory())
tracemalloc.reset_peak()
squares = sum(x * x for x in range(300))
print("generator", squares, tracemalloc.get_traced_memory())
tracemalloc.reset_peak()
words = list(str(i) for i in range(50))
print("words", tracemalloc.get_traced_memory())
tracemalloc.reset_peak()
print("max", max(str(i) for i in range(30)), tracemalloc.get_traced_memory())
tracemalloc.stop()
