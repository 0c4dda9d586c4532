# A class whose method uses two globals, `import gc`, then a collection: the count before it and what it finds match python3.
class Box:
    def pair(self):
        return left, right


left, right = [1], [2]
import gc
before = gc.get_count()
box = Box()
box.self_ref = box
del box
print(before, gc.collect(), gc.get_count())
