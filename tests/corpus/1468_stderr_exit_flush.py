# At exit CPython flushes sys.stdout and sys.stderr as the program left them: a stdout without flush() is
# reported ("Exception ignored in") and the exit status is 120, even though the program ended well.
import sys

class NoFlush:
    def write(self, s):
        sys.__stdout__.write(s.upper())
        return len(s)
    def __repr__(self):
        return '<NoFlush>'

sys.stdout = NoFlush()
print('written through write()')
