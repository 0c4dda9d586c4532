import sys
d = {}
sizes = []
for i in range(12):
    d["key%d" % i] = i
    sizes.append(sys.getsizeof(d))
print(sizes)
n = {}
sizes = []
for i in range(12):
    n[i] = i
    sizes.append(sys.getsizeof(n))
print(sizes)
print(sys.getsizeof({}), sys.getsizeof({"a": 1, "b": 2, "c": 3}))
