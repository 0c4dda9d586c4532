# ctypes.cast(id(x), ctypes.py_object).value: the object back from its address, with no reference held;
# py_object(x) holds one.
import ctypes

a = [1, 2]
count = ctypes.c_long.from_address(id(a))
print(count.value)
p = ctypes.cast(id(a), ctypes.py_object)
print(count.value, p, p.value is a)
q = ctypes.py_object(a)
print(count.value, q, q.value)
del q
print(count.value)
print(ctypes.py_object(), ctypes.sizeof(ctypes.py_object), repr(ctypes.py_object('s')), ctypes.py_object(3).value)
try:
    ctypes.py_object().value
except ValueError as e:
    print("ValueError:", e)
try:
    ctypes.cast(id(a), ctypes.c_long)
except TypeError as e:
    print("TypeError:", e)


class Node:
    pass


n = Node()
n.me = n
address = id(n)
print(ctypes.c_long.from_address(address).value, ctypes.cast(address, ctypes.py_object).value is n)
