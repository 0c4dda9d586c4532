# os.path.realpath (no symbolic links here: the absolute normalized path; strict names the first missing part),
# samefile, expandvars ($name, ${name}, unknown names kept), os.fsencode/fsdecode.
import os

print(os.path.realpath("/usr/../usr/./lib"), os.path.realpath("a/b/../c") == os.path.join(os.getcwd(), "a/c"))
print(os.path.realpath(".") == os.getcwd(), os.path.samefile(".", os.getcwd()), os.path.samefile("/", "/"))
try:
    os.path.realpath("/no/such/file", strict=True)
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
try:
    os.path.samefile(".", "/no/such/file")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
os.environ["PLAYGROUND_X"] = "value"
print(os.path.expandvars("$PLAYGROUND_X/${PLAYGROUND_X}/$NOT_SET_AT_ALL/${NOPE}/$"), os.path.expandvars("no vars"))
print(os.path.expandvars(b"$PLAYGROUND_X/x"), os.path.expandvars("a$PLAYGROUND_X.b"))
print(os.fsencode("a\udcff"), os.fsdecode(b"a\xff") == "a\udcff", os.fsencode(b"x"), os.fsdecode("y"))
