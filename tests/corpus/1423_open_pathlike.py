# open() of a path given as bytes or as an object with __fspath__ (os.PathLike), as CPython takes them.
class P:
    def __init__(self, p): self.p = p
    def __fspath__(self): return self.p
with open(P("pl_1423.txt"), "w") as f:
    print(f, type(f.name), f.name)
with open(b"pl_1423.txt") as f:
    print(f, f.name, f.read())
with open(b"pl_1423.txt", "rb") as f:
    print(f)
try: open(P(3))
except TypeError as e: print(e)
try: open(P(None))
except TypeError as e: print(e)
import os
os.remove("pl_1423.txt")
