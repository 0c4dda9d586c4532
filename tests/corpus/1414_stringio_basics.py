# io.StringIO: an in-memory text file (write, read, readline, iteration, seek/tell/truncate, close, with).
import io
import sys
import gc

buf = io.StringIO()
print(type(buf), type(buf).__module__, io.StringIO.__name__)
print(buf.write("hello\n"), buf.write("wörld\n"), buf.tell())
print(repr(buf.getvalue()))
print(buf.seek(0), repr(buf.read(3)), repr(buf.readline()), repr(buf.readline()), repr(buf.readline()))
buf.seek(0)
print([line for line in buf])
buf.seek(0)
print(buf.readlines(), buf.readable(), buf.writable(), buf.seekable(), buf.isatty())
print(buf.truncate(5), repr(buf.getvalue()), buf.tell())
buf.seek(8)
buf.write("!")
print(repr(buf.getvalue()))
buf.writelines(["a", "b", "c"])
print(repr(buf.getvalue()), buf.closed)

s = io.StringIO("line one\nline two\nlast")
print(next(s), end="")
print(list(s), repr(s.read()))
print(s.seek(0, 2), s.seek(0, 1), s.seek(0))
print(io.StringIO("x\ny\nz").readlines(2))
print(io.StringIO(None).getvalue() == "", io.StringIO(newline="").getvalue() == "")

with io.StringIO("inside") as f:
    print(f.read(), f.closed)
print(f.closed)

# Errors, with CPython's messages.
def attempt(label, action):
    try:
        print(label, repr(action()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("closed read", lambda: f.read())
attempt("closed getvalue", lambda: f.getvalue())
attempt("closed write", lambda: f.write("x"))
attempt("closed tell", lambda: f.tell())
attempt("write bytes", lambda: io.StringIO().write(b"x"))
attempt("write int", lambda: io.StringIO().write(3))
attempt("init int", lambda: io.StringIO(3))
attempt("init bytes", lambda: io.StringIO(b"x"))
attempt("bad newline", lambda: io.StringIO(newline="x"))
attempt("seek negative", lambda: io.StringIO().seek(-1))
attempt("seek cur", lambda: io.StringIO().seek(1, 1))
attempt("seek end", lambda: io.StringIO().seek(2, 2))
attempt("bad whence", lambda: io.StringIO().seek(0, 3))
attempt("truncate negative", lambda: io.StringIO().truncate(-1))
attempt("read str", lambda: io.StringIO().read("x"))
attempt("writelines ints", lambda: io.StringIO().writelines([1]))
attempt("unsupported is", lambda: (issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError)))
print(io.UnsupportedOperation)

# Memory: a StringIO is one gc-tracked object of 136 bytes, whatever it holds.
gc.disable()
before = gc.get_count()[0]
t = io.StringIO("some text " * 100)
print(gc.get_count()[0] - before, gc.is_tracked(t), sys.getsizeof(t), sys.getsizeof(io.StringIO()))
print(sys.getrefcount(t))
del t
print(gc.get_count()[0] - before)
gc.enable()
