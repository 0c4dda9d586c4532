# with: what holds references while the block runs (the bound __exit__ keeps the manager alive) and when
# objects are freed afterwards.
import sys

class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('in __enter__', sys.getrefcount(self))
        return self
    def __exit__(self, *args):
        print('in __exit__', sys.getrefcount(self))
        return False
    def __del__(self):
        print('del', self.name)

r = Resource('named')
print('before', sys.getrefcount(r))
with r as same:
    print('inside', sys.getrefcount(r))
print('after', sys.getrefcount(r))
del same
print('after del same', sys.getrefcount(r))
del r
print('---')

# A manager made in the with line lives until __exit__ has returned.
with Resource('temporary'):
    print('body runs')
print('after the block')

# The value bound by `as` outlives the block.
class Gives:
    def __enter__(self):
        return [1, 2, 3]
    def __exit__(self, *a):
        print('exit')
with Gives() as data:
    print(sys.getrefcount(data))
print(data, sys.getrefcount(data))

# A manager that only says goodbye when collected: __exit__ runs first.
def use():
    with Resource('in function') as res:
        print('using', res.name)
    print('function end')
use()
print('after call')

# The exception passed to __exit__ and its traceback are released after the block.
class Quiet:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        self.seen = v
        return True
q = Quiet()
with q:
    raise ValueError('kept')
print(repr(q.seen), sys.getrefcount(q.seen))
del q.seen
print('done')
