# sys.stdin when the input does not end with a newline: the last line comes without one.
import sys
print(hasattr(sys, "stdin"), sys.stdin is sys.__stdin__, type(sys.stdin).__name__, sys.stdin.name, sys.stdin.mode)
print(repr(sys.stdin), sys.stdin.readable(), sys.stdin.writable())
first = sys.stdin.readline()
print(repr(first))
name = input("Name? ")
print("hi", name)
rest = [line.rstrip("\n") for line in sys.stdin]
print(rest, repr(sys.stdin.readline()), sys.stdin.readlines())
try:
    sys.stdin.write("x")
except Exception as e:
    print(type(e).__name__, e)
try:
    sys.stdout.readline()
except Exception as e:
    print(type(e).__name__, e)
