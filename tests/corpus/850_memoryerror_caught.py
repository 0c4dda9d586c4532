# MemoryError is an ordinary exception: caught, it leaves the program running.
def allocate(n):
    return [0] * n

try:
    huge = allocate(10**12)
except MemoryError as e:
    print("caught", type(e).__name__, repr(e), e.args)
small = allocate(3)
print(small, len(small))
