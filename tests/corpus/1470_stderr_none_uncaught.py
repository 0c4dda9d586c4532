# sys.stderr set to None: the uncaught exception's report is dropped, the status is still 1; a stderr
# without flush() makes it 120 (checked in another program). print() still works.
import sys
print('before')
sys.stderr = None
def f():
    raise ValueError('not shown')
f()
