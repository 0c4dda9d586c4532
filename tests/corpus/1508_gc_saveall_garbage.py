# DEBUG_SAVEALL: what a collection finds unreachable goes to gc.garbage instead of being freed.
import gc, sys


class Link:
    def __init__(self, name):
        self.name = name
        self.next = None

    def __repr__(self):
        return f"Link({self.name})"


gc.collect()
print(gc.get_debug(), gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug())
a = Link('a')
b = Link('b')
a.next = b
b.next = a
del a, b
print("collected", gc.collect())
print(gc.garbage)
print([sys.getrefcount(o) for o in gc.garbage])
print("again", gc.collect(), len(gc.garbage))
print(gc.get_count())
gc.set_debug(0)
print("still saved", gc.collect(), len(gc.garbage))
gc.garbage.clear()
print("freed now", gc.collect(), gc.garbage)
