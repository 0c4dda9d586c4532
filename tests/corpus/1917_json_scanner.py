# json.loads through the native scanner (a decoder without hooks) and dumps through the native string escaper:
# values, identities (keys memoized per document, NaN from the constants), list and dict sizes, and every
# JSONDecodeError message and position; hooks and characters past U+FFFF take the Python scanner.
import json
import sys

doc = json.loads(' {"name": "caf\\u00e9 \\"q\\" \\\\ \\/ \\b\\f\\n\\r\\t", "n": [1, -0, 2.5, -1e3, 1E-2, 12345678901234567890123, true, false, null],'
                 ' "nested": {"a": [], "b": {}, "c": [[[]]]}, "k": [{"id": 1}, {"id": 2}]} ')
print(doc)
print([type(v).__name__ for v in doc["n"]], doc["n"][1], repr(doc["n"][1]))
first, second = doc["k"]
print(list(first)[0] is list(second)[0], sys.getsizeof(doc["n"]), sys.getsizeof(doc["nested"]), sys.getsizeof(doc))
print(json.loads("[1, 2, 3]").__sizeof__(), sys.getsizeof(json.loads("[1, 2, 3, 4, 5]")), sys.getsizeof(json.loads('{"a": 1}')))
nans = json.loads("[NaN, NaN, Infinity, -Infinity]")
print(nans, nans[0] is nans[1])
print(json.loads('"\\ud83d\\ude00 \\ud83d x \\ude00"') == "\U0001F600 \ud83d x \ude00")
print(json.loads('"tab\there"', strict=False), json.loads("  42  "), json.loads("[]"), json.loads("{}"))
print(json.JSONDecoder().raw_decode('{"a": 1} trailing', 0), json.JSONDecoder().raw_decode('xx[1, 2]', 2))
print(json.loads('["\U0001F600", {"\U0001F40D": 3}]'), json.loads('"\U0001F600" '))
print(json.loads('{"a": 1.5, "b": [2]}', parse_float=str, parse_int=float))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=list), json.loads('{"x": NaN}', parse_constant=repr))
bad = ['', ' ', '[', '[1', '[1,', '[1 2]', '{', '{"a"', '{"a" 1}', '{"a": 1', '{"a": 1,}', '{1: 2}', '"abc',
       '"a\\x"', '"\\u12"', '"\\u12zz"', '"bad\x01"', 'nul', 'tru', '01', '-', '1 2', '[1] x', '{"a": [1, }', '"\\',
       '[-]', '1.', '1e', '.5', '+1', '[NaN', '"\U0001F600', '\ufeff1']
for text in bad:
    try:
        json.loads(text)
        print(repr(text), "parsed")
    except json.JSONDecodeError as e:
        print(repr(text), e.msg, e.pos, e.lineno, e.colno, "|", e)
for depth in (500, 1000):
    try:
        print(depth, len(json.loads("[" * depth + "]" * depth)))
    except RecursionError as e:
        print(depth, e)
    try:
        print(depth, len(json.loads('{"a": ' * depth + "1" + "}" * depth)))
    except RecursionError as e:
        print(depth, e)
for s in ["plain", 'q"uote', "back\\slash", "new\nline\ttab\x00\x1f\x7f", "caf\u00e9", "\U0001F600", "\ud83d", ""]:
    print(json.dumps(s), json.dumps(s, ensure_ascii=False), json.dumps({s: [s]}))
print(json.dumps({"a": [1, 2.5, None, True], "b": {"c": "d"}}, indent=2, sort_keys=True))
total = 0
text = json.dumps([{"id": i, "tags": ["a", "b"], "v": i * 1.5} for i in range(50)])
for i in range(100):
    total += json.loads(text)[i % 50]["id"] + len(json.dumps(json.loads(text)))
print(total)
