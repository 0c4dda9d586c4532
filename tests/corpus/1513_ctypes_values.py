# The integer types of our ctypes: C widths, wrapping, repr, sizeof, and their errors.
import ctypes

print(ctypes.c_long, ctypes.c_int, ctypes.c_ssize_t, ctypes.c_size_t, ctypes.c_ulong, ctypes.c_uint)
print(type(ctypes.c_long))
print(ctypes.c_long(5), ctypes.c_int(-3), ctypes.c_size_t(7), ctypes.c_ssize_t(2), ctypes.c_long())
print(ctypes.c_long(5).value, ctypes.c_int(2**40).value, ctypes.c_int(2**31).value, ctypes.c_size_t(-1).value, ctypes.c_uint(-1).value)
print(ctypes.c_long(2**63).value, ctypes.c_long(True).value)
print([ctypes.sizeof(t) for t in (ctypes.c_long, ctypes.c_int, ctypes.c_ssize_t, ctypes.c_size_t)], ctypes.sizeof(ctypes.c_int(3)))
v = ctypes.c_long(3)
v.value = 9
print(v.value, v)
v.value = -2**64 + 5
print(v)
for bad in [lambda: ctypes.sizeof(3), lambda: ctypes.c_long('x'), lambda: ctypes.c_long.from_address('x'), lambda: ctypes.c_int(1.5)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
