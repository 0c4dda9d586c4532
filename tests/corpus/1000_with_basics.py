# with: __enter__'s result bound by `as`, __exit__(None, None, None) on normal exit, the order of calls.
class Tag:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type, exc, tb)
        return False

with Tag('a') as x:
    print('body', x)
print('after', x)

with Tag('b'):
    print('no target')

# Several items: entered left to right, exited right to left.
with Tag('outer') as o, Tag('inner') as i:
    print('both', o, i)

# Parenthesized items (3.10+ grammar), with a trailing comma.
with (
    Tag('p1') as p1,
    Tag('p2') as p2,
):
    print('parenthesized', p1, p2)

# A parenthesized expression is still a single context manager.
with (Tag('single')) as s:
    print('single', s)

# Targets: tuple unpacking, attributes, subscripts.
class Pair:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *args):
        print('exit args', args)

with Pair() as (a, b):
    print('unpacked', a, b)

class Box:
    pass
box = Box()
d = {}
with Tag('attr') as box.value, Tag('item') as d['k']:
    pass
print(box.value, d)

# __enter__ may return the manager itself.
class Self:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass
m = Self()
with m as same:
    print(same is m)

# Nested withs.
with Tag('n1'):
    with Tag('n2'):
        with Tag('n3'):
            print('deep')
