class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
    def __del__(self):
        print("bye", self.name)
root = Node("root")
for i in range(3):
    root.children.append(Node("child%d" % i))
leaf = root.children[1]
del root
print("end")
