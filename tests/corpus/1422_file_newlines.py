# Reading a file written with Windows line ends: universal newlines by default, newline='' keeps them.
with open("w_1422.txt", "wb") as f:
    f.write(b"one\r\ntwo\r\nthree")
with open("w_1422.txt") as f:
    print(f.readlines())
with open("w_1422.txt", newline="") as f:
    print(f.readlines())
print(repr(open("w_1422.txt").read()))
import os
os.remove("w_1422.txt")
