# Deep chains of generators delegating with yield from: 900 levels work; the chain runs in the eval loop.
def chain(n):
    if n == 0:
        yield "bottom"
        return "done"
    result = yield from chain(n - 1)
    return result

g = chain(900)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("returned", e.value)

def deeper(n):
    yield from deeper(n + 1)
try:
    next(deeper(0))
except RecursionError as e:
    print("caught:", e)

def counter(n):
    for i in range(n):
        yield i
def relay(n, depth):
    if depth == 0:
        yield from counter(n)
    else:
        total = yield from relay(n, depth - 1)
print(sum(relay(5, 300)), list(relay(3, 10)))
gen = relay(2, 50)
print(gen.send(None), gen.send("ignored"))
