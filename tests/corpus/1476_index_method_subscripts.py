# Subscripts and slice bounds given objects with __index__: lists, strs, tuples and ranges call it (step first for a slice), errors as python3.
class I:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        print("index", self.n)
        return self.n
print([1, 2][I(1)], "ab"[I(1)], (1, 2)[I(0)], range(3)[I(2)], range(10)[I(-1)])
print([1, 2, 3, 4][I(1):I(3)], "abcdef"[I(1)::I(2)], (1, 2, 3)[:I(-1)], range(10)[I(2):I(8):I(3)])
x = [1, 2, 3, 4, 5]
x[I(0)] = 9
x[I(1):I(3)] = ["a"]
del x[I(-1)]
print(x)
del x[I(0):I(1)]
print(x)
try:
    [1][I(5)]
except IndexError as e:
    print("IndexError", e)
class Big:
    def __index__(self):
        return 2 ** 70
try:
    [1][Big()]
except IndexError as e:
    print("IndexError", e)
print(range(2 ** 80)[Big()] == 2 ** 70)
class Bad:
    def __index__(self):
        return "x"
for seq in ([1], "a", (1,), range(1)):
    try:
        seq[Bad()]
    except TypeError as e:
        print("TypeError", e)
try:
    [1, 2][Bad():]
except TypeError as e:
    print("TypeError", e)
class Raiser:
    def __index__(self):
        raise ValueError("no index")
try:
    (1, 2)[Raiser()]
except ValueError as e:
    print("ValueError", e)
class NoIndex:
    pass
try:
    [1][NoIndex()]
except TypeError as e:
    print("TypeError", e)
import sys
i = I(0)
print(sys.getrefcount(i))
y = [10, 20][i]
print(sys.getrefcount(i), y)
