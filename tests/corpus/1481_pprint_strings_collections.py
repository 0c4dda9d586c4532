# pprint: long strings split at spaces, bytes, recursion, collections types, errors.
import pprint
from collections import OrderedDict, defaultdict, Counter, deque, ChainMap
from types import SimpleNamespace

sentence = "The quick brown fox jumps over the lazy dog. " * 4
pprint.pprint(sentence)
pprint.pprint(sentence, width=30)
pprint.pprint({"text": sentence, "short": "ok"}, width=50)
pprint.pprint(["line one\nline two\n", "tab\tseparated   spaces   here and more words"], width=20)
pprint.pprint("nospaceatallinthisverylongwordthatcannotbesplitanywhereatall", width=20)
pprint.pprint(["  leading spaces then words that go on and on", "x"], width=25)
print(pprint.pformat("short"), pprint.pformat(""), pprint.pformat("a b " * 30, width=40))

print("--- bytes")
pprint.pprint(bytes(range(40)), width=30)
pprint.pprint([b"abcdefghijklmnopqrstuvwxyz" * 2], width=30)
pprint.pprint(bytearray(b"hello world, this is a bytearray value"), width=25)
pprint.pprint(b"abc", width=1)

print("--- recursion")
loop = [1, 2]
loop.append(loop)
text = pprint.pformat(loop)
print(text.startswith("[1, 2, <Recursion on list with id="), text.endswith(">]"))
print(pprint.isrecursive(loop), pprint.isreadable(loop), pprint.isreadable([1, "a"]))
print(pprint.saferepr(loop).startswith("[1, 2, <Recursion"))
shared = [1, 2]
pprint.pprint([shared, shared, {"k": shared}])
d = {}
d["self"] = d
print(pprint.saferepr(d).startswith("{'self': <Recursion on dict"))

print("--- collections")
od = OrderedDict((name, len(name)) for name in ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta"])
pprint.pprint(od)
pprint.pprint(od, width=40)
dd = defaultdict(list)
for word in "apple avocado banana blueberry cherry cranberry date".split():
    dd[word[0]].append(word)
pprint.pprint(dd)
pprint.pprint(dd, width=40)
counts = Counter("mississippi river runs rapidly")
pprint.pprint(counts)
pprint.pprint(counts, width=30)
pprint.pprint(deque(range(25)), width=30)
pprint.pprint(deque(range(25), maxlen=30), width=30)
pprint.pprint(ChainMap({"a": 1, "b": 2}, {"c": 3, "d": [4] * 15}), width=30)
pprint.pprint(SimpleNamespace(name="widget", sizes=list(range(20)), price=9.99), width=40)
pprint.pprint([OrderedDict(), defaultdict(int), Counter(), deque()])

print("--- nested depth")
tree = {"root": {"left": {"left": {"value": 1}, "right": {"value": 2}}, "right": [[[[5]]]]}}
for depth in (1, 2, 3, 4):
    pprint.pprint(tree, depth=depth)
pprint.pprint(tree, width=20)
pprint.pprint([[[[[[["deep"]]]]]]], depth=3)

print("--- mixed keys and numbers")
pprint.pprint({3: "c", 1: "a", 2: "b", -1: "neg"}, width=15)
pprint.pprint({(1, 2): "tuple key", (0, 5): "other"}, width=20)
pprint.pprint([10**20, 1.5e-7, 3 + 4j, True, None], width=20)
pprint.pprint({"big": 1234567890123}, underscore_numbers=True)
pprint.pprint(list(range(1000, 1010)), underscore_numbers=True, width=40)

print("--- errors")
for kwargs in ({"indent": -1}, {"depth": 0}, {"width": 0}):
    try:
        pprint.PrettyPrinter(**kwargs)
    except ValueError as error:
        print("ValueError:", error)
try:
    pprint.pprint([1], widht=3)
except TypeError as error:
    print("TypeError:", error)
pprint.pprint({"a": 1}, indent="2", width="30")
