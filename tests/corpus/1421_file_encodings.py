# Text files and encodings: UTF-8 by default, ascii and latin-1 by name, errors= handlers, bad bytes.
import os

NAME = "playground_1421.txt"

with open(NAME, "w") as f:
    print(f.write("naïve café ☕ 𝄞\n"), f.tell())
with open(NAME, "rb") as f:
    raw = f.read()
print(raw, len(raw))
with open(NAME) as f:
    print(repr(f.read(4)), f.tell(), repr(f.read(3)), repr(f.readline(3)), repr(f.readline()))
with open(NAME, encoding="latin-1") as f:
    print(f, repr(f.read()))
with open(NAME, encoding="ascii", errors="replace") as f:
    print(repr(f.read()))

def attempt(label, action):
    try:
        print(label, repr(action()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("ascii strict", lambda: open(NAME, encoding="ascii").read())
attempt("unknown encoding", lambda: open(NAME, encoding="klingon"))
with open(NAME, "w", encoding="ascii") as f:
    attempt("ascii write", lambda: f.write("é"))
    attempt("ascii write ok", lambda: f.write("plain"))
with open(NAME, "w", encoding="ascii", errors="xmlcharrefreplace") as f:
    f.write("é and ☕")
print(open(NAME).read())
with open(NAME, "wb") as f:
    f.write(b"ok \xff\xfe bad")
attempt("bad utf-8", lambda: open(NAME).read())
print(repr(open(NAME, errors="ignore").read()), repr(open(NAME, errors="replace").read()))
os.remove(NAME)
