class Node:
    pass
n = Node()
print(n.missing.value)
