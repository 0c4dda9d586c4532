# An allocation no machine can satisfy, uncaught: the traceback points at the expression.
def grow(items, factor):
    return items * factor

data = [1, 2, 3]
print("before")
bigger = grow(data, 10**12)
print("not reached")
