import sys

a = []
# Get ref count (usually higher than expected because the argument to sys.getrefcount itself is also a temporary reference)
print(sys.getrefcount(a))

b = a
print(sys.getrefcount(a)) # Increases

del b
print(sys.getrefcount(a)) # Decreases
