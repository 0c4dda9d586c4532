# An uncaught RecursionError through __repr__: the traceback keeps its <module> line and repeats summarized.
class Node:
    def __init__(self, nxt):
        self.nxt = nxt
    def __repr__(self):
        return "Node(" + repr(self.nxt) + ")"

n = None
for i in range(1500):
    n = Node(n)
print("built")
print(n)
