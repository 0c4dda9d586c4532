# `import gc` inside a function called after tuples were held: the count at the import depends on what the call left parked.
held = [(i, i) for i in range(60)]


def counts():
    import gc
    return gc.get_count()


print(counts(), len(held))
