# Lambdas and comprehensions are scopes of their own (a symbol table entry and a code unit each).
import gc
print(gc.get_count())
square = lambda n: n * n
evens = [n for n in range(10) if n % 2 == 0]
squares = {n: square(n) for n in evens}
unique = {n % 3 for n in range(10)}
total = sum(n for n in range(5))
print(evens, squares, unique, total)
print(gc.collect())
