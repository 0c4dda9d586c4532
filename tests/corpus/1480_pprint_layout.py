# pprint: nested containers wrapped at several widths, indent, depth, compact, sort_dicts, pp.
import pprint
import sys

data = {
    "name": "Ada Lovelace",
    "languages": ["Python", "C", "Haskell", "Rust", "JavaScript", "TypeScript"],
    "scores": {"math": 98, "physics": 91, "chemistry": 85, "biology": 77},
    "tags": {"pioneer", "mathematician", "writer"},
    "coords": (51.5074, -0.1278),
    "empty": [],
    "nested": [[1, 2, 3], [4, 5, 6], {"a": (1,), "b": ()}],
    "frozen": frozenset({3, 1, 2}),
    "none": None,
}

pprint.pprint(data)
for width in (10, 20, 40, 60, 120):
    print("--- width", width)
    pprint.pprint(data, width=width)
print("--- indent 4")
pprint.pprint(data, indent=4, width=50)
print("--- depth")
pprint.pprint(data, depth=1)
pprint.pprint(data, depth=2, width=40)
print("--- compact")
numbers = list(range(60))
pprint.pprint(numbers)
pprint.pprint(numbers, compact=True)
pprint.pprint(numbers, compact=True, width=30, indent=3)
pprint.pprint([numbers[:10], numbers[10:30], "x" * 30], compact=True, width=40)
print("--- sort_dicts")
order = {"zebra": 1, "apple": 2, "mango": [3] * 20, "kiwi": 4}
pprint.pprint(order)
pprint.pprint(order, sort_dicts=False)
pprint.pp(order)
pprint.pp(order, width=30)
print("--- pformat")
text = pprint.pformat(data, width=30)
print(type(text).__name__, len(text), text.count("\n"))
print(pprint.pformat([1, 2, 3]))
print(pprint.pformat((1,)), pprint.pformat(()), pprint.pformat(set()), pprint.pformat({}))
print(repr(pprint.pformat(("a" * 50, "b" * 50))))
print("--- tuples")
pprint.pprint(tuple(range(30)), width=20)
pprint.pprint((("single" * 20),), width=30)
pprint.pprint([(1, "one" * 10)] * 3, width=25)
print("--- sets")
pprint.pprint(set(range(40)))
pprint.pprint(frozenset(["alpha", "beta", "gamma", "delta", "epsilon"]), width=20)
pprint.pprint({1, "a", 2.5, None}, width=10)
print("--- stream")
pprint.pprint(["to", "stderr"], stream=sys.stderr)
printer = pprint.PrettyPrinter(width=25, indent=2)
printer.pprint(data["scores"])
print(printer.pformat(data["languages"]))
print(pprint.saferepr(data["scores"]), pprint.isreadable(data), pprint.isrecursive(data))

print("--- seeded random structures at random widths and options")
import random
rng = random.Random(7)
def make(depth):
    k = rng.randint(0, 6 if depth < 3 else 3)
    if depth > 3 or k <= 1:
        return rng.choice([rng.randint(-10**6, 10**6), "word " * rng.randint(0, 12), rng.random(), None, True, b"bytes!" * rng.randint(0, 8), ""])
    if k == 2: return [make(depth + 1) for _ in range(rng.randint(0, 6))]
    if k == 3: return tuple(make(depth + 1) for _ in range(rng.randint(0, 4)))
    if k == 4: return {"k%d" % i: make(depth + 1) for i in range(rng.randint(0, 5))}
    if k == 5: return {rng.randint(0, 100) for _ in range(rng.randint(0, 8))}
    return frozenset(rng.choice(["x", "yy", "zzz"]) for _ in range(3))
for i in range(60):
    obj = make(0)
    width = rng.choice([1, 5, 20, 40, 80])
    print(pprint.pformat(obj, width=width, indent=rng.choice([1, 2, 4]), compact=rng.random() < 0.4, depth=rng.choice([None, 2, 4]), sort_dicts=rng.random() < 0.5))
