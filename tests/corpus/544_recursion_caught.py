import sys
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
print(depth(1))
print(sys.getrecursionlimit())
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(30))
