# sys.stdout and sys.stderr: print(file=...), write() and its result, a file object of the program's own, errors.
import sys
print('err', file=sys.stderr)
n = sys.stdout.write('out\n')
print(n, sys.stdout, sys.stderr is sys.__stderr__)
class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
c = Collector()
print('a', 1, [2], sep='-', end='!', file=c)
print(c.parts)
print('to stdout', file=None)
sys.stderr.write('direct\n')
print(sys.stdout.writable(), sys.stdout.isatty())
try:
    sys.stdout.write(5)
except TypeError as e:
    print(e)
try:
    print('x', file=5)
except AttributeError as e:
    print(e)
