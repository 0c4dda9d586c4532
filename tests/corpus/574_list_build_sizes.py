import sys
print(sys.getsizeof(list(range(10))), sys.getsizeof([x for x in range(10)]), sys.getsizeof(list(x for x in range(10))))
print(sys.getsizeof([0] * 10), sys.getsizeof([1, 2, 3] * 2), sys.getsizeof(list([1, 2, 3])))
a = list(range(100))
print(sys.getsizeof(a[:10]), sys.getsizeof(a[::2]))
b = []
b.extend(range(5))
print(sys.getsizeof(b))
while a:
    a.pop()
print(sys.getsizeof(a))
