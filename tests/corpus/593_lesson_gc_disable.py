import gc

gc.disable()
for i in range(1000):
    node = []
    node.append(node)
del node
print(gc.isenabled())
print(gc.collect())
