# Large values CPython builds in a blink are built here too (no element-count caps).
import sys
x = 2 ** 200000
print(x.bit_length(), x % 1000)
s = "ab" * 10**5
print(len(s), sys.getsizeof(s))
items = [None] * 10**5
print(len(items), sys.getsizeof(items))
del x, s, items
print("done")
