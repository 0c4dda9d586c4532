# Dict iterators stand at a slot of the live table: keys replaced at the same size are met, or raise 'keys changed'; sets walk their table
d = {1: "a", 2: "b"}
try:
    for k in d:
        print(k)
        del d[k]
        d[k + 10] = "x"
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
d = dict.fromkeys(range(5))
try:
    for k in d:
        print(k)
        del d[k]
        d[k + 10] = "x"
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
d = {1: "a", 2: "b", 3: "c"}
try:
    for v in d.values():
        print(v)
        d.pop(3, None)
        d[4] = "x"
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: "a", 2: "b", 3: "c"}
try:
    for v in d.items():
        print(v)
        d.popitem()
        d[4] = "y"
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2}
try:
    for v in s:
        print(v)
        s.discard(v)
        s.add(v + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
print(s)
s = set(range(6))
for v in s:
    print(v, end=" ")
    s.discard(v)
    s.add(v + 8)
print(s)
d = {1: 1, 2: 2}
it = iter(d)
next(it); d[3] = 3
for _ in range(2):
    try: next(it)
    except RuntimeError as e: print(type(e).__name__, e)
del d[3]
try: next(it)
except RuntimeError as e: print(type(e).__name__, e)
print(it.__length_hint__())
d = {1: 1, 2: 2}
it = iter(d)
next(it); del d[1]; d[1] = 5
print(it.__length_hint__(), next(it))
try: next(it)
except (RuntimeError, StopIteration) as e: print(type(e).__name__, e)
try: next(it)
except (RuntimeError, StopIteration) as e: print(type(e).__name__, e)
class A: pass
a = A(); a.x = 1; a.y = 2
try:
    for k in a.__dict__:
        print(k)
        del a.__dict__[k]
        a.__dict__[k + "z"] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
print(a.__dict__)
d = {str(i): i for i in range(8)}
for k in list(d)[:3]: del d[k]
it = iter(d.items())
print(next(it))
for i in range(4): d["n%d" % i] = i; del d[str(i + 3)]
print(list(it))
