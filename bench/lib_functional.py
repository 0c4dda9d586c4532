# The library as tutorials use it: map, filter, sorted and min/max with lambdas, functools.reduce.
from functools import reduce

data = list(range(2000))
total = 0
for _ in range(15):
    squares = list(map(lambda x: x * x, data))
    evens = list(filter(lambda x: x % 2 == 0, squares))
    ordered = sorted(data, key=lambda x: -x)
    biggest = max(data, key=lambda x: x % 97)
    total += reduce(lambda a, b: a + b, evens[:500]) + ordered[0] + biggest
print(total)
