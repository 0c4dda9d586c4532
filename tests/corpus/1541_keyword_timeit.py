import keyword
import timeit
import sys

print("--- keyword")
print(keyword.kwlist)
print(len(keyword.kwlist), keyword.softkwlist, keyword.__all__)
for word in ["for", "match", "case", "_", "print", "True", "none", "async", ""]:
    print(repr(word), keyword.iskeyword(word), keyword.issoftkeyword(word))
print(type(keyword.iskeyword).__name__, keyword.iskeyword.__name__)
names = ["total", "class", "lambda_", "yield", "from_"]
print([n for n in names if not keyword.iskeyword(n)])
print(sorted(keyword.kwlist, key=len)[-3:])

print("--- timeit with a string statement")
t = timeit.timeit("x = sum(range(10))", number=100)
print(type(t).__name__, t >= 0)
calls = []
t = timeit.timeit("calls.append(1)", number=25, globals=globals())
print(len(calls), isinstance(t, float))
t = timeit.timeit("data.append(len(data))", setup="data = []\ndata.append(-1)", number=7, globals={"print": print})
print(isinstance(t, float) and t >= 0)

print("--- callable statement and setup")
counter = [0]


def work():
    counter[0] += 1


t = timeit.timeit(work, number=40)
print(counter, t >= 0.0)
seen = []
timer = timeit.Timer(work, setup=lambda: seen.append("setup"))
times = timer.repeat(repeat=3, number=10)
print(len(times), all(isinstance(x, float) and x >= 0 for x in times), counter, seen)
times = timeit.repeat("y = 2 ** 10", repeat=4, number=5)
print(len(times), [type(x).__name__ for x in times])

print("--- Timer")
timer = timeit.Timer("total += step", setup="total = 0\nstep = 3")
print(type(timer.timeit(number=12)).__name__)
print("inner" in timer.src, timer.timer is timeit.default_timer)
steps = []
hits = []
# A timer that counts the loops run: each is "0.01 seconds", so autorange stops at 20 loops.
counted = timeit.Timer("hits.append(1)", timer=lambda: len(hits) / 100, globals={"hits": hits})
print(counted.autorange(lambda n, t: steps.append((n, t))), steps, len(hits))
print(timeit.default_timer is __import__("time").perf_counter, timeit.default_number, timeit.default_repeat)
ticks = iter(range(0, 1000, 7))
fixed = timeit.Timer("pass", timer=lambda: next(ticks))
print(fixed.timeit(number=3), fixed.repeat(repeat=2, number=1))

print("--- errors")
for stmt, setup in [(42, "pass"), ("pass", 42), ("x = (", "pass"), ("pass", "1 +")]:
    try:
        timeit.Timer(stmt, setup)
    except (ValueError, SyntaxError) as err:
        print(type(err).__name__, err.args[0])
try:
    timeit.timeit("undefined_name", number=2)
except NameError as err:
    print("NameError", err)
import gc
print(gc.isenabled())
timeit.timeit("gc_state.append(gc.isenabled())", setup="import gc\ngc_state = []", number=1)
state = []
timeit.timeit(lambda: state.append(gc.isenabled()), number=2)
print(state, gc.isenabled())
