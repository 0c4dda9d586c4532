# Nor in the iterable a comprehension loops over.
def evens(limit):
    return [n for n in (seq := range(limit)) if n % 2 == 0]
