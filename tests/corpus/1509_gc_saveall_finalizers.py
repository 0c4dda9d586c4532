# Under DEBUG_SAVEALL finalizers still run (once) before the objects are saved; is_finalized tells.
import gc

saved = []


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

    def __del__(self):
        print("del", self.name)

    def __repr__(self):
        return f"Node({self.name})"


class Phoenix:
    def __init__(self):
        self.me = self

    def __del__(self):
        print("phoenix rises")
        saved.append(self)


gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
x = Node('x')
y = Node('y')
x.peer = y
y.peer = x
print(gc.is_finalized(x))
del x, y
p = Phoenix()
del p
print("collected", gc.collect())
print(gc.garbage, [gc.is_finalized(o) for o in gc.garbage])
print(gc.is_finalized(saved[0]), gc.is_finalized(1), gc.is_finalized([]))
print(gc.get_count())
gc.set_debug(0)
gc.garbage.clear()
print("collected", gc.collect())
saved.clear()
print("collected", gc.collect())
print("end")
