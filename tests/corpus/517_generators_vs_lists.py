import sys
squares_list = [x * x for x in range(1000)]
squares_gen = (x * x for x in range(1000))
print(sys.getsizeof(squares_list) > sys.getsizeof(squares_gen))
print(sum(squares_list), sum(squares_gen))
print(sum(squares_gen))
def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(list(countdown(5)))
g = countdown(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration:
    print("exhausted")
