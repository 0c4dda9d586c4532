# A traceback written through a reassigned sys.stderr: each piece goes through its write() (CPython's
# PyFile_WriteString calls), flush() is called before, after and at exit. Shown on stdout with markers.
# (The script's absolute path, which python3 prints, is shown as main.py.)
import sys

class Recorder:
    def write(self, s):
        sys.__stdout__.write('<' + s.replace(__file__, 'main.py') + '>')
        return len(s)
    def flush(self):
        sys.__stdout__.write('[flush]')

class AppError(Exception):
    pass

def parse(text):
    return int(text)

def load(items):
    return [parse(t) for t in items]

sys.stderr = Recorder()
print('start')
try:
    load(['1', 'x'])
except ValueError as e:
    e.add_note('while loading')
    try:
        {}['missing']
    except KeyError:
        raise AppError('could not load') from e
