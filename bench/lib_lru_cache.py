# The library as tutorials use it: functools.lru_cache memoizing a recursive function and serving hits.
from functools import lru_cache


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@lru_cache(maxsize=128)
def collatz_steps(n):
    return 0 if n == 1 else 1 + collatz_steps(n // 2 if n % 2 == 0 else 3 * n + 1)


total = 0
for i in range(300):
    fib.cache_clear()
    total += fib(80) % 1000
for i in range(1, 20000):
    total += collatz_steps(i % 300 + 1)
print(total, fib.cache_info(), collatz_steps.cache_info().hits > 0)
