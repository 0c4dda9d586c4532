# An OrderedDict inside itself prints as ... (odict_repr's Py_ReprEnter); a Counter whose counts cannot be ordered
# prints in insertion order; json.loads names a byte order mark.
import json
from collections import Counter, OrderedDict

o = OrderedDict()
o["self"] = o
o["n"] = 1
print(o)
print(OrderedDict(a=OrderedDict(b=1)), OrderedDict())
pair = [OrderedDict(), OrderedDict()]
pair[0]["other"] = pair[1]
pair[1]["other"] = pair[0]
print(pair)

print(Counter({"a": "x", "b": 1}))
print(Counter("abracadabra"), Counter())

try:
    json.loads("\ufeff[1]")
except json.JSONDecodeError as e:
    print(type(e).__name__, e, e.pos)
print(json.loads("[1]"), json.loads(b"\xef\xbb\xbf[2]"), json.loads(" \ufeff" * 0 + "{}"))
