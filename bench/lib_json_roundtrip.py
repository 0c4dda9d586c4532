# The library as tutorials use it: json. A list of records dumped to text and read back, as a program saving and
# loading its data does (CPython's _json is C; ours is native for builtin types).
import json

records = [{"id": i, "name": f"user{i}", "score": i * 1.5, "tags": ["a", "b"], "active": i % 2 == 0, "boss": None}
           for i in range(200)]
total = 0
for _ in range(60):
    text = json.dumps(records)
    back = json.loads(text)
    total += len(text) + back[-1]["id"]
print(total, json.dumps(back[3], sort_keys=True))
