# json.dumps through the native one-shot encoder (builtin types) and the Python one (default(), subclasses,
# indent): the same text, the same errors, and for dicts with the default options the gc allocations of
# CPython's C encoder (the items list, its iterator and the (key, value) tuples of every dict).
import gc
import json
from collections import OrderedDict

doc = {"name": "caf\u00e9 \"q\"", "n": [1, -2, 2.5, 1e100, 10 ** 30, True, False, None], "t": (1, (2, 3)),
       "nested": {"a": [], "b": {}, "c": [[[]]]}, 3: "int key", 1.5: "float key", None: "none", True: "bool"}
print(json.dumps(doc))
print(json.dumps(doc, ensure_ascii=False, separators=(",", ":")))
print(json.dumps({"b": 1, "a": [2, {"d": 3, "c": 4}]}, sort_keys=True))
print(json.dumps({"x": float("nan"), "y": float("inf"), "z": -float("inf")}))
print(json.dumps([1, 2], indent=2), json.dumps("just a str"), json.dumps(None), json.dumps(7))
print(json.dumps(OrderedDict([("z", 1), ("a", 2)])), json.dumps({"s": {1, 2}}, default=sorted))


class Number(int):
    def __repr__(self):
        return "Number!"


class Text(str):
    pass


print(json.dumps([Number(5), Text("t"), 2.0]), json.dumps({Text("k"): Number(1)}))
errors = [
    lambda: json.dumps({"x": float("nan")}, allow_nan=False),
    lambda: json.dumps([float("inf")], allow_nan=False),
    lambda: json.dumps({(1, 2): 3}),
    lambda: json.dumps({1: 2, "a": 3}, sort_keys=True),
    lambda: json.dumps({"s": {1, 2}}),
    lambda: json.dumps([object()]),
]
for make in errors:
    try:
        print(make())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(json.dumps({(1, 2): 3, "ok": 4}, skipkeys=True))
loop = []
loop.append(loop)
cyclic = {"self": None}
cyclic["self"] = cyclic
for value in (loop, cyclic):
    try:
        json.dumps(value)
    except ValueError as e:
        print(e)
print(json.dumps([loop[:0]], check_circular=False))
try:
    json.dumps([[[[[]]]]] * 2)
    deep = []
    for _ in range(2000):
        deep = [deep]
    json.dumps(deep)
except RecursionError as e:
    print("RecursionError", e)


def allocations(f):
    gc.collect()
    before = gc.get_count()[0]
    f()
    return gc.get_count()[0] - before


shapes = [{"a": 1}, {"a": 1, "b": [1, 2], "c": {"d": None}}, {"k": [{"i": i} for i in range(5)]}, {"m": {"n": {"o": {}}}}]
for shape in shapes:
    print([allocations(lambda: json.dumps(shape)) for _ in range(3)], json.dumps(shape))
