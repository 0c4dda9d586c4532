# "Exception ignored in" reports and warnings through a reassigned sys.stderr; the program ends normally,
# so only the exit-time flushes follow. An exception without a message, a message with a module prefix.
import sys
import warnings

class Recorder:
    def __init__(self):
        self.pieces = []
    def write(self, s):
        self.pieces.append(s.replace(__file__, 'main.py'))
    def flush(self):
        self.pieces.append('[flush]')

class Noisy:
    def __del__(self):
        raise ValueError

class Loud:
    def __del__(self):
        raise RuntimeError('from __del__')

rec = Recorder()
sys.stderr = rec
n = Noisy()
del n
l = Loud()
del l
warnings.warn('deprecated thing', DeprecationWarning)
warnings.warn('user thing')
sys.stderr = sys.__stderr__
for piece in rec.pieces:
    print(repr(piece).replace(hex(id(Noisy.__del__)), '0x...').replace(hex(id(Loud.__del__)), '0x...'))
