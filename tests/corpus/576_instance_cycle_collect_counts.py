import gc
class Person:
    def __init__(self, name):
        self.name = name
        self.friend = None
people = [Person(str(i)) for i in range(5)]
for i in range(5):
    people[i].friend = people[(i + 1) % 5]
del people
print(gc.collect())
class Tree:
    def __init__(self):
        self.children = []
        self.parent = None
root = Tree()
for _ in range(3):
    child = Tree()
    child.parent = root
    root.children.append(child)
del root, child
print(gc.collect())
