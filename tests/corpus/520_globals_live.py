import sys
cache = []
def add(x):
    cache.append(x)
    return len(cache)
add(1)
add(2)
print(cache, sys.getrefcount(cache))
def reset():
    global cache
    cache = []
reset()
print(cache)
counter = 0
def bump():
    global counter
    counter += 1
for _ in range(5):
    bump()
print(counter)
del counter
try:
    print(counter)
except NameError as e:
    print(e)
