import gc, weakref

freed = []

class Node:
    def __init__(self, n):
        self.n = n
        self.me = self

def make_cycles(count):
    refs = []
    for i in range(count):
        node = Node(i)
        refs.append(weakref.ref(node, lambda r: freed.append(1)))
    return refs

gc.collect()
refs = make_cycles(1500)
print("enabled: freed automatically", len(freed) > 0, "alive", sum(1 for r in refs if r() is not None) < 1500)
print("collect", gc.collect() > 0)
print("all gone", all(r() is None for r in refs))

freed.clear()
gc.disable()
refs = make_cycles(1500)
print("disabled: freed automatically", len(freed), "alive", sum(1 for r in refs if r() is not None))
print("collect", gc.collect())
print("freed by collect", len(freed))
gc.enable()
