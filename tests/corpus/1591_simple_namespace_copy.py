# copy.copy and copy.deepcopy of a types.SimpleNamespace go through its __reduce__: (type, (), the dict).
import copy, types, sys
ns = types.SimpleNamespace(a=1, items=[1, 2])
c = copy.copy(ns)
d = copy.deepcopy(ns)
print(c, d, c == ns, c.items is ns.items, d.items is ns.items)
r = ns.__reduce__()
print(r[0] is types.SimpleNamespace, r[1], r[2] is ns.__dict__, sys.getrefcount(ns.__dict__))
box = types.SimpleNamespace(inner=types.SimpleNamespace(v=[0]))
clone = copy.deepcopy(box)
clone.inner.v.append(1)
print(box, clone, copy.copy(box).inner is box.inner)
