import gc
class Node:
    def __init__(self):
        self.other = None

n = Node()
print(len(n.__dict__))
n.other = n
del n
print(gc.collect())
d = {}
d["me"] = d
del d
print(gc.collect())
