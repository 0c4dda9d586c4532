# Building lists by append, comprehension and slicing.
squares = []
for i in range(100000):
    squares.append(i * i)
evens = [x for x in squares if x % 2 == 0]
print(len(squares), len(evens), sum(evens[:100]))
