# `global` and `nonlocal` in a class body bind the name where they say, not in the class namespace.
n = 0
class C:
    global n
    n = 5
    m = n + 1
print(n, "n" in C.__dict__, C.m)
def make():
    count = 0
    class K:
        nonlocal count
        count += 1
        seen = count
    return count, K.seen, "count" in K.__dict__
print(make())
counter = 10
class Registry:
    global counter
    counter += 1
    items = [counter]
    del counter
print("counter" in globals(), Registry.items)
