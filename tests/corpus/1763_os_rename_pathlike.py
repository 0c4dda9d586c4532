# os.rename/os.replace (errors name both paths), os functions taking os.PathLike objects, realpath(strict=True)
# naming the first missing component of a relative path as python3's walk does.
import os


class P:
    def __init__(self, name):
        self.name = name

    def __fspath__(self):
        return self.name


with open(P("playground_1763_x.txt"), "w") as f:
    f.write("hi")
try:
    os.listdir(P("playground_1763_x.txt"))
except Exception as e:
    print(type(e).__name__, e)
os.rename(P("playground_1763_x.txt"), "playground_1763_y.txt")
print(os.path.exists("playground_1763_x.txt"), open("playground_1763_y.txt").read())
try:
    os.rename("playground_1763_x.txt", "playground_1763_z.txt")
except OSError as e:
    print(type(e).__name__, e, e.args, e.filename, e.filename2, e.errno)
os.mkdir(P("playground_1763_d"))
try:
    os.rename("playground_1763_y.txt", "playground_1763_d")
except OSError as e:
    print(type(e).__name__, e)
os.mkdir("playground_1763_d/sub")
try:
    os.rename("playground_1763_d", "playground_1763_d/sub/inner")
except OSError as e:
    print(type(e).__name__, e)
try:
    os.rename("playground_1763_d", "playground_1763_y.txt")
except OSError as e:
    print(type(e).__name__, e)
os.replace("playground_1763_y.txt", "playground_1763_d/sub/y.txt")
os.mkdir("playground_1763_e")
os.rename("playground_1763_d", "playground_1763_e")
print(os.listdir("playground_1763_e"), os.listdir(P("playground_1763_e/sub")), os.path.isdir("playground_1763_d"))
with open("playground_1763_e/sub/z.txt", "w") as f:
    f.write("z")
os.replace("playground_1763_e/sub/z.txt", "playground_1763_e/sub/y.txt")
print(open("playground_1763_e/sub/y.txt").read(), sorted(os.listdir("playground_1763_e/sub")))
for bad in [(1, "a"), ("a", None)]:
    try:
        os.rename(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    os.rename("a")
except TypeError as e:
    print(type(e).__name__, e)
print(os.path.exists("playground_1763_e/sub/y.txt/x"), os.path.isfile("playground_1763_e/sub/y.txt/x"))
for p in ["playground_1763_e/sub/y.txt/x", "a/../b", "../playground_1763_zz", "/nope/x", b"nob", "x/../../q", "/..",
          "/../nope", "..//..", "playground_1763_e/./sub/../missing"]:
    try:
        print(os.path.realpath(p, strict=True) == os.path.abspath(p))
    except OSError as e:
        print(type(e).__name__, e)
os.remove(P("playground_1763_e/sub/y.txt"))
os.rmdir(P("playground_1763_e/sub"))
os.rmdir("playground_1763_e")
print(os.path.exists("playground_1763_e"))
