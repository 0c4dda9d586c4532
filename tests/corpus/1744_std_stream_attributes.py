# The standard streams' TextIOWrapper attributes and methods as python3 has them writing to a pipe.
import sys
for name in ("encoding", "errors", "name", "mode", "closed", "line_buffering", "newlines", "write_through"):
    try:
        print(name, repr(getattr(sys.stdout, name)), repr(getattr(sys.stderr, name)), repr(getattr(sys.stdin, name)))
    except AttributeError as e:
        print("AttributeError:", e)
print(sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
print(sys.stdout.writable(), sys.stdout.readable(), sys.stdin.readable(), sys.stdout.seekable() in (True, False))
sys.stdout.writelines(["a\n", "b\n"])
print(sys.stdout.isatty(), type(sys.stdout).__name__)

sys.stdout.flush()
print(repr(sys.stdout))
try:
    sys.stdout.writelines(["ok\n", 3])
except TypeError as e:
    print("TypeError:", e)
sys.stderr.writelines(line for line in ["to stderr\n"])
