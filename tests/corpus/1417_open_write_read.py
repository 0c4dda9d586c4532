# open() and `with`: writing, reading, appending, iterating over lines, text and binary modes.
import os

NAME = "playground_1417.txt"

with open(NAME, "w") as f:
    print(f)
    print(f.name, f.mode, f.encoding, f.closed, f.readable(), f.writable(), f.seekable())
    print(f.write("first line\n"), f.write("zweite Zeile: ü\n"), f.tell())
    f.writelines(["third\n", "fourth\n"])
    print("hello from print", file=f)
print(f.closed, f)

with open(NAME) as f:
    print(repr(f.read()))

with open(NAME) as f:
    print(repr(f.readline()), repr(f.readline()), f.tell())
    print(f.readlines())
    print(repr(f.readline()), repr(f.read()))

with open(NAME, encoding="utf-8") as f:
    for number, line in enumerate(f, 1):
        print(number, line.rstrip("\n"))

with open(NAME, "a") as f:
    print(f.tell(), f.mode)
    f.write("appended\n")
with open(NAME, "rt") as f:
    lines = f.read().splitlines()
print(len(lines), lines[-1])

with open(NAME) as f:
    print(repr(f.read(5)), repr(f.read(0)), f.tell(), f.seek(0), repr(f.read(10)))

# Binary mode: bytes in, bytes out; tell counts bytes (the ü is two).
with open(NAME, "rb") as f:
    print(f, f.mode)
    data = f.read()
    print(len(data), data[:11], data.count(b"\n"))
    print(f.seek(0), f.read(5), f.seek(-9, 2), f.read())

with open(NAME, "wb") as f:
    print(f, f.mode, f.write(b"\x00\x01binary\xff"))
with open(NAME, "rb") as f:
    print(f.read())
with open(NAME, "ab") as f:
    print(f, f.mode)
    f.write(b"+more")
with open(NAME, "r+b") as f:
    print(f, f.mode, f.read(3))
with open(NAME, "w+") as f:
    print(f, f.mode)
    f.write("written then read back\n")
    f.seek(0)
    print(repr(f.read()))
with open(NAME, "r+") as f:
    print(repr(f.read()))
    f.write("more\n")
with open(NAME) as f:
    print(f.readlines())

x_name = "playground_1417_x.txt"
with open(x_name, "x") as f:
    f.write("created\n")
print(open(x_name).read(), end="")

os.remove(NAME)
os.remove(x_name)
print(os.path.exists(NAME), os.path.exists(x_name))
