# io.BytesIO: an in-memory binary file; its size grows as CPython's buffer does.
import io
import sys
import gc

b = io.BytesIO()
print(type(b), sys.getsizeof(b))
print(b.write(b"abc\n"), b.write(bytearray(b"def\n")), b.tell(), sys.getsizeof(b))
print(b.getvalue(), b.seek(0), b.read(2), b.readline(), b.readlines())
b.seek(0)
print(list(b), b.read())
print(b.seek(2, 0), b.seek(1, 1), b.seek(-1, 2), b.read())
print(b.seek(12), b.write(b"!"), b.getvalue())
print(b.truncate(3), b.getvalue(), b.tell())
for n in [1, 8, 9, 20, 100, 1000]:
    grow = io.BytesIO()
    grow.write(b"x" * n)
    print(n, sys.getsizeof(grow))
shared = io.BytesIO(b"abcdef")
print(sys.getsizeof(shared))
shared.write(b"X")
print(sys.getsizeof(shared), shared.getvalue())
with io.BytesIO(b"one\ntwo\n") as f:
    for line in f:
        print(line)
print(f.closed)

def attempt(label, action):
    try:
        print(label, repr(action()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("write str", lambda: io.BytesIO().write("s"))
attempt("init str", lambda: io.BytesIO("s"))
attempt("seek negative", lambda: io.BytesIO().seek(-1))
attempt("truncate negative", lambda: io.BytesIO().truncate(-1))
attempt("closed read", lambda: f.read())
attempt("closed getvalue", lambda: f.getvalue())
attempt("closed next", lambda: next(f))

gc.disable()
before = gc.get_count()[0]
t = io.BytesIO(b"data")
print(gc.get_count()[0] - before, gc.is_tracked(t))
del t
print(gc.get_count()[0] - before)
gc.enable()
