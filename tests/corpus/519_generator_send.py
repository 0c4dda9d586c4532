def accumulate():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value

g = accumulate()
print(next(g))
print(g.send(5))
print(g.send(10))
try:
    g.send(None)
except StopIteration:
    print("stopped")
