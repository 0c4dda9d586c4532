def inner():
    yield 1
    yield 2
    return "done"

def outer():
    result = yield from inner()
    print("inner returned", result)
    yield 3

for v in outer():
    print(v)
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], (3,), "ab")))
