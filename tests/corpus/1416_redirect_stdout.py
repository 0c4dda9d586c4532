# Capturing output in a StringIO: print(file=...), contextlib.redirect_stdout, swapping sys.stdout.
import io
import sys
from contextlib import redirect_stdout, redirect_stderr

buf = io.StringIO()
print("to the buffer", 42, sep=", ", file=buf)
print("second", end="!", file=buf)
print(repr(buf.getvalue()))

captured = io.StringIO()
with redirect_stdout(captured):
    print("hidden")
    print([1, 2, 3])
    sys.stdout.write("direct write\n")
print("captured:", repr(captured.getvalue()))

err = io.StringIO()
with redirect_stderr(err):
    print("oops", file=sys.stderr)
print("stderr captured:", repr(err.getvalue()))

def noisy():
    for i in range(3):
        print("line", i)
    return "done"

saved = sys.stdout
sys.stdout = io.StringIO()
result = noisy()
out, sys.stdout = sys.stdout.getvalue(), saved
print(result, out.splitlines())

# help-like pattern: capture, then count lines
with redirect_stdout(io.StringIO()) as f:
    for word in ["alpha", "beta", "gamma"]:
        print(word.upper())
print(f.getvalue().split(), sys.getrefcount(f))
