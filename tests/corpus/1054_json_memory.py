# json and memory: loads builds new objects each time; dumps keeps no reference to what it encoded.
import gc
import json
import sys

text = '{"items": [1, 2, 3], "name": "box", "tags": ["a", "b"]}'
first = json.loads(text)
second = json.loads(text)
print("equal but distinct:", first == second, first is second, first["items"] is second["items"])
print("refs:", sys.getrefcount(first), sys.getrefcount(first["items"]))
print("sizes:", sys.getsizeof(first["items"]), sys.getsizeof(first["tags"]))
data = [1, [2, 3]]
before = sys.getrefcount(data)
encoded = json.dumps(data)
print("dumps keeps nothing:", sys.getrefcount(data) - before, encoded)
gc.collect()
node = {"name": "n"}
node["self"] = node
try:
    json.dumps(node)
except ValueError as e:
    print(e)
del node
print("collected the self-referencing dict:", gc.collect())
