import sys

def row(label, values):
    print(label, values)

lst = []
sizes = [sys.getsizeof(lst)]
for i in range(40):
    lst.append(i)
    sizes.append(sys.getsizeof(lst))
row("append", sizes)
row("literal", [sys.getsizeof([0] * n) for n in range(12)])
row("list()", [sys.getsizeof(list(range(n))) for n in range(12)])
row("comprehension", [sys.getsizeof([x for x in range(n)]) for n in range(12)])
row("slice", [sys.getsizeof(list(range(20))[:n]) for n in range(12)])
e = []
sizes = []
for n in range(10):
    e.extend([n, n])
    sizes.append(sys.getsizeof(e))
row("extend", sizes)
p = list(range(30))
sizes = []
while p:
    p.pop()
    sizes.append(sys.getsizeof(p))
row("pop", sizes)
row("tuple", [sys.getsizeof(tuple(range(n))) for n in range(12)])
d = {}
sizes = []
for i in range(30):
    d["key%d" % i] = i
    sizes.append(sys.getsizeof(d))
row("dict str keys", sizes)
d = {}
sizes = []
for i in range(30):
    d[i] = i
    sizes.append(sys.getsizeof(d))
row("dict int keys", sizes)
s = set()
sizes = []
for i in range(40):
    s.add(i)
    sizes.append(sys.getsizeof(s))
row("set add", sizes)
row("set()", [sys.getsizeof(set(range(n))) for n in range(20)])
row("str ascii", [sys.getsizeof("x" * n) for n in range(12)])
row("str latin1", [sys.getsizeof("é" * n) for n in range(6)])
row("str bmp", [sys.getsizeof("ā" * n) for n in range(6)])
row("int", [sys.getsizeof(10 ** k) for k in range(0, 60, 3)])
row("negative int", [sys.getsizeof(-(10 ** k)) for k in range(0, 30, 3)])
