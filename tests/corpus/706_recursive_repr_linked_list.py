# A recursive __repr__ on a 300-node linked list works (each level is a Python frame plus repr's C-level guard);
# 2000 nodes hit the recursion limit, and the RecursionError is caught like any other exception.
class Node:
    def __init__(self, value, nxt=None):
        self.value = value
        self.nxt = nxt
    def __repr__(self):
        return f"Node({self.value}, {self.nxt!r})"

head = None
for i in range(300):
    head = Node(i, head)
text = repr(head)
print(len(text), text[:40], text[-20:])

head = None
for i in range(2000):
    head = Node(i, head)
try:
    repr(head)
except RecursionError as e:
    print("caught:", e)
try:
    print(head)
except RecursionError as e:
    print("caught from print:", e)
try:
    s = f"{head}"
except RecursionError as e:
    print("caught from an f-string:", e)
print("still running", len(repr(Node(1, Node(2)))))
