# The tutorial idiom: ctypes.c_long.from_address(id(a)).value reads a's reference count, no temporaries counted.
import ctypes
import sys


def refs(address):
    return ctypes.c_long.from_address(address).value


a = [1, 2, 3]
address = id(a)
print(refs(address), sys.getrefcount(a))
b = a
print(refs(address))
c = [a, a, a]
print(refs(address))
del b
print(refs(address))
c.clear()
print(refs(address))


def use(x):
    print("inside", refs(address), ctypes.c_long.from_address(id(x)).value)


use(a)
print(refs(address))
counter = ctypes.c_long.from_address(address)
print(counter, counter.value)
d = {'key': a}
print(counter.value, repr(counter))
del d
print(counter.value)
print(ctypes.c_int.from_address(address).value, ctypes.c_ssize_t.from_address(address).value, ctypes.c_size_t.from_address(address).value)
s = "a string made at run time".upper()
print(refs(id(s)))
