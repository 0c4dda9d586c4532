# sys.stdin.buffer: readline, iteration and readlines give bytes lines.
import sys
print(sys.stdin.buffer.readline())
for line in sys.stdin.buffer:
    print('line', line)
    break
print(sys.stdin.buffer.readlines())
print(sys.stdin.buffer.read(), sys.stdin.buffer.readline())
