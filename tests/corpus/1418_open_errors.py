# What open() and file objects raise, with CPython's exact messages and OSError attributes.
import io
import os

NAME = "playground_1418.txt"

def attempt(label, action):
    try:
        result = action()
        print(label, "->", repr(result))
    except OSError as e:
        print(label, type(e).__name__, repr(e), e.errno, repr(e.strerror), repr(e.filename), "|", e)
    except Exception as e:
        print(label, type(e).__name__, repr(e), "|", e)

attempt("missing", lambda: open("nope.txt"))
attempt("missing rb", lambda: open("nope.txt", "rb"))
attempt("missing dir", lambda: open("no_such_dir/x.txt", "w"))
attempt("directory", lambda: open("."))
attempt("directory w", lambda: open(".", "w"))
attempt("bad mode", lambda: open(NAME, "q"))
attempt("two modes", lambda: open(NAME, "rw"))
attempt("repeated", lambda: open(NAME, "rr"))
attempt("text+binary", lambda: open(NAME, "rbt"))
attempt("no mode", lambda: open(NAME, "+"))
attempt("binary encoding", lambda: open(NAME, "rb", encoding="utf-8"))
attempt("binary newline", lambda: open(NAME, "wb", newline=""))
attempt("float name", lambda: open(3.5))
attempt("int mode", lambda: open(NAME, 1))
attempt("no args", lambda: open())

with open(NAME, "w") as f:
    f.write("content\n")
attempt("exists x", lambda: open(NAME, "x"))

with open(NAME) as f:
    attempt("write to r", lambda: f.write("x"))
    attempt("writelines to r", lambda: f.writelines(["x"]))
    attempt("truncate r", lambda: f.truncate())
with open(NAME, "a") as f:
    attempt("read from a", lambda: f.read())
    attempt("readline from a", lambda: f.readline())
    attempt("write bytes to text", lambda: f.write(b"x"))
with open(NAME, "rb") as f:
    attempt("binary write to rb", lambda: f.write(b"x"))
with open(NAME, "ab") as f:
    attempt("write str to binary", lambda: f.write("x"))
    attempt("read from ab", lambda: f.read())

f = open(NAME)
f.close()
f.close()
attempt("closed read", lambda: f.read())
attempt("closed readline", lambda: f.readline())
attempt("closed write", lambda: f.write("x"))
attempt("closed tell", lambda: f.tell())
attempt("closed seek", lambda: f.seek(0))
attempt("closed iter", lambda: next(f))
attempt("closed with", lambda: f.__enter__())
print(f.closed, f.name, f.mode)
attempt("is UnsupportedOperation", lambda: issubclass(io.UnsupportedOperation, OSError))

try:
    with open("missing_1418.txt") as g:
        pass
except FileNotFoundError as e:
    print("caught:", e)

os.remove(NAME)
attempt("remove missing", lambda: os.remove(NAME))
open("nope.txt")
