import gc
gc.collect()
def numbers(n):
    for i in range(n):
        yield i
before = gc.get_count()
total = sum(numbers(1000))
after = gc.get_count()
print(total, before, after)
squares = [i * i for i in range(1000)]
print(gc.get_count(), len(squares))
pairs = [(i, i) for i in range(1000)]
print(gc.get_count())
