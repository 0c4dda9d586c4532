# When a file is closed: by close(), at the end of `with`, or when its last reference goes (refcount zero).
# Until then what was written may wait in the buffer; sizes and gc counts of the objects open() makes.
import gc
import os
import sys

NAME = "playground_1419.txt"

f = open(NAME, "w")
f.write("buffered text")
with open(NAME) as reader:
    print("while open:", repr(reader.read()))
print(sys.getrefcount(f))
del f  # the last reference: the file is flushed and closed now
with open(NAME) as reader:
    print("after del:", repr(reader.read()))

def write_and_forget(text):
    handle = open(NAME, "w")
    handle.write(text)
    # no close: the local dies when the function returns

write_and_forget("from a function")
print(open(NAME).read())

f = open(NAME, "w")
f.write("flushed")
f.flush()
print("after flush:", repr(open(NAME).read()))
f.close()

with open(NAME, "w") as f:
    f.write("with block")
    alias = f
print(alias.closed, repr(open(NAME).read()))

# A big write goes out without waiting for close (the buffer holds 8192 bytes).
f = open(NAME, "w")
f.write("x" * 10000)
print(len(open(NAME).read()) > 0)
f.close()

gc.disable()
before = gc.get_count()[0]
t = open(NAME)
print("text file:", gc.get_count()[0] - before, gc.is_tracked(t), sys.getsizeof(t))
t.close()
del t
before = gc.get_count()[0]
b = open(NAME, "rb")
print("binary file:", gc.get_count()[0] - before, gc.is_tracked(b), sys.getsizeof(b))
b.close()
del b
gc.enable()

os.remove(NAME)
print(os.path.exists(NAME))
