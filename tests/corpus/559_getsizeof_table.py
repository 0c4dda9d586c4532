import sys
print(sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(2 ** 30), sys.getsizeof(2 ** 60), sys.getsizeof(2 ** 100), sys.getsizeof(-1))
print(sys.getsizeof(1.5), sys.getsizeof(True), sys.getsizeof(False), sys.getsizeof(None))
print(sys.getsizeof(""), sys.getsizeof("a"), sys.getsizeof("hello"), sys.getsizeof("x" * 100))
print(sys.getsizeof(()), sys.getsizeof((1,)), sys.getsizeof((1, 2, 3)))
print(sys.getsizeof([]), sys.getsizeof([1]), sys.getsizeof([1, 2]), sys.getsizeof([1, 2, 3]), sys.getsizeof([1, 2, 3, 4, 5]))
lst = []
sizes = []
for i in range(20):
    lst.append(i)
    sizes.append(sys.getsizeof(lst))
print(sizes)
print(sys.getsizeof({}), sys.getsizeof({"a": 1}), sys.getsizeof(set()), sys.getsizeof({1, 2}))
