# gc imported inside a function after 3-tuples were built and freed.
def measure():
    import gc
    first = gc.get_count()
    second = gc.get_count()
    third = gc.get_count()
    return first, second, third
pairs = [(i, -i) for i in range(3)]
print(measure())
print(pairs)
