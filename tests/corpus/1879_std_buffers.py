# sys.stdout.buffer.write(bytes) and sys.stdin.buffer.readline (the competitive programmer's fast input).
import sys
print('text first')
n = sys.stdout.buffer.write('héllo wörld\n'.encode())
print(n, sys.stdout.buffer, sys.stdin.buffer, sys.stdout.buffer.name, sys.stdout.buffer.mode)
sys.stdout.buffer.write(b'raw bytes\n')
sys.stdout.buffer.flush()
sys.stderr.buffer.write(b'to stderr\n')
input = sys.stdin.buffer.readline
first = input()
print(repr(first), int(first))
rest = sys.stdin.buffer.read()
print(repr(rest))
try:
    sys.stdout.buffer.write('text')
except TypeError as e:
    print(e)
print(repr(input()))
