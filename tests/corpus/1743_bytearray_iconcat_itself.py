# bytearray += itself: bytearray_iconcat holds a buffer export of the right operand while it resizes (BufferError), extend() copies first.
b = bytearray(b"x")
try:
    b += b
except BufferError as e:
    print("BufferError:", e)
print(b)
e = bytearray()
e += e
print(e)
b.extend(b)
print(b)
m = memoryview(b)
try:
    b += b"y"
except BufferError as e:
    print("BufferError:", e)
m.release()
b += memoryview(b"zz")
print(b, b * 2)
b *= 2
print(b)
