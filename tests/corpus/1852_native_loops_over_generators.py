# Builtins that loop over a generator's items (sum, min, max, list, set, sorted, any, all, map, filter, zip,
# enumerate, dict, str.join, unpacking): each item is sent from the generator's frame to the builtin directly.
import sys


def numbers(n, fail_at=None):
    for i in range(n):
        if i == fail_at:
            raise ValueError(f"bad item {i}")
        yield i


print(sum(numbers(10)), sum(x * 0.5 for x in numbers(5)), sum((x for x in numbers(4)), 100))
print(min(numbers(5)), max(numbers(5)), max(numbers(6), key=lambda x: -x), min((x for x in []), default="empty"))
print(list(numbers(4)), sorted(numbers(5), reverse=True), set(numbers(3)), tuple(numbers(2)))
print(any(x > 3 for x in numbers(5)), all(x < 3 for x in numbers(5)))
print(list(map(lambda a, b: a * b, numbers(4), numbers(5))), list(filter(None, numbers(4))))
print(list(zip(numbers(3), "abc")), list(enumerate(numbers(3), 1)), dict((x, x * x) for x in numbers(3)))
print("-".join(str(x) for x in numbers(4)))
a, b, *rest = numbers(5)
print(a, b, rest)

for consumer in (sum, list, max, sorted, set, any, lambda g: list(map(str, g))):
    try:
        consumer(numbers(5, fail_at=3))
    except ValueError as e:
        print(type(e).__name__, e)


def key_fails(x):
    if x == 2:
        raise KeyError(x)
    return x


try:
    max(numbers(4), key=key_fails)
except KeyError as e:
    print("key raised", e)


# A generator that asks a builtin to loop over itself while it runs.
def self_summing():
    yield sum(me)


me = self_summing()
try:
    next(me)
except ValueError as e:
    print(e)


# What the generator sees of its own references while sum() drives it.
def watched():
    for i in range(3):
        yield sys.getrefcount(gen)


gen = watched()
print(sum(gen))
gen2 = watched()
print(list(gen2))
print(sum(x for x in [1, 2, 3] if x != 2), max(x * x for x in range(-3, 2)))
