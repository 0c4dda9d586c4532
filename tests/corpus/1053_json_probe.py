# json: dumps options (indent, sort_keys, separators, ensure_ascii, default, cls) and loads with CPython's errors.
import json
for s in ['', '[1,]', '{"a":1,}', '{"a" 1}', '[1 2]', '{1:2}', '"abc', '"a\\qb"', '"a\x01"', '[1] x', 'nul', '"\\u12"', '{"a":}', '  ', '[', '{"a":1', '-', '01', '1.', '"\\ud834\\udd1e"', 'NaN', '-Infinity', '1e5', '[1.5e-3, -0, 2E+2]', '{"a": [1, {"b": null}], "c": true}']:
    try:
        print(repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(type(e).__name__, e, e.pos, e.lineno, e.colno)
print(json.dumps({"b": [1, 2.5, None, True], "a": {"x": "é\n\"q\"", "y": []}, "z": {}}, indent=2, sort_keys=True))
print(json.dumps([1, [2, 3]], indent=0), json.dumps({"a": 1}, separators=(",", ":")), json.dumps("é", ensure_ascii=False))
print(json.dumps({1: 2, True: 3, None: 4, 2.5: 5}), json.dumps(float("nan")), json.dumps(1e100), json.dumps((1, 2)))
try: json.dumps({(1,): 2})
except TypeError as e: print(e)
try: json.dumps(object())
except TypeError as e: print(e)
l = []; l.append(l)
try: json.dumps(l)
except ValueError as e: print(e)
try: json.dumps(float('inf'), allow_nan=False)
except ValueError as e: print(e)
print(json.dumps({"a": 1, "b": 2}, indent="\t"), json.dumps("\U0001d11e\x7f\x00"))
print(json.loads('{"a": 1, "a": 2}'), json.loads('[1, 2]', parse_int=float), json.loads('{"a": 1}', object_hook=lambda d: sorted(d)))
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set): return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1}}, cls=E), json.dumps({"s": {2}}, default=list))
print(json.JSONDecodeError.__mro__)
class Writer:
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
    def read(self):
        return "".join(self.parts)
w = Writer()
json.dump({"k": [1, 2]}, w, indent=1)
print(w.read(), json.load(w))
try:
    json.loads(5)
except TypeError as e:
    print(e)
doc = '{\n  "a": 1,\n  "b": [1, 2\n}'
try:
    json.loads(doc)
except json.JSONDecodeError as e:
    print(e.msg, e.lineno, e.colno, e.pos)
print(json.loads('"\\u00e9\\n\\t\\/"'), json.loads(' {"x" : [ ] } '), json.dumps("\\/"))
print(json.loads(json.dumps({"nested": [{"deep": [1.25, "x"]}]})))
