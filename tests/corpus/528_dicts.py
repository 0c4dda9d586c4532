d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0))
print(list(d.keys()), list(d.values()), list(d.items()))
print("a" in d, "z" in d)
d.update({"d": 4}, e=5)
print(d)
print(d.pop("a"), d.pop("zz", None), d)
print(d.setdefault("b", 99), d.setdefault("f", 6))
del d["b"]
print(d)
print({k: v * 2 for k, v in d.items()})
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(d.keys(), d.popitem(), {**d, "z": 0})
merged = {"a": 1} | {"b": 2}
print(merged)
