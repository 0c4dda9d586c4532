# json.dumps with indent (and json.dump, iterencode) run CPython's Python encoder, whose generators share cells: each use
# leaves a cycle (22 cells, 3 closures, the markers dict, the encoder) that gc.collect() counts; the C encoder leaves none.
import gc, json, io
gc.collect()
print(json.dumps({"a": [1, 2.5, None, True], "b": {"c": "é"}}, indent=2, sort_keys=True)); print(gc.collect())
print(json.dumps([1, 2], indent=2)); print(gc.collect())
print(json.dumps(1, indent=2)); print(gc.collect())
f = io.StringIO(); json.dump([1, {"k": [2, 3]}], f); print(f.getvalue()); print(gc.collect())
f = io.StringIO(); json.dump([1], f, indent="\t"); print(repr(f.getvalue())); print(gc.collect())
print(json.dumps([1])); print(gc.collect())
print(json.dumps({"b": 1, "a": [1.5, "x"]}, sort_keys=True)); print(gc.collect())
print(json.dumps([1, 2], separators=(",", ":"))); print(gc.collect())
enc = json.JSONEncoder(indent=1)
print(list(enc.iterencode({"x": [1, {"y": None}]}))); print(gc.collect())
print(list(json.JSONEncoder().iterencode([1, "a"]))); print(gc.collect())
print(gc.get_count())
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
print(json.dumps([Point(1, 2)], default=lambda p: p.__dict__, indent=2)); print(gc.collect())
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d"}, indent=0)); print(gc.collect())
for bad in ([float("nan")], {"k": float("inf")}, {(1, 2): 3}, [object()]):
    for indent in (None, 2):
        try:
            json.dumps(bad, allow_nan=False, indent=indent)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
        print(gc.collect())
a = []; a.append(a)
for indent in (None, 2):
    try:
        json.dumps(a, indent=indent)
    except ValueError as e:
        print(e)
    print(gc.collect())
print(json.dumps({"k": [1, 2]}, indent=2, skipkeys=True, ensure_ascii=False), json.dumps("é\n"), json.dumps("é", ensure_ascii=False))
print(gc.collect())
