# An AttributeError from a property or an unset __slots__ member goes on to __getattr__, every AttributeError
# leaving a lookup learns .name and .obj, and deleting an unset slot raises AttributeError with the slot's name.
class Record:
    __slots__ = ('value', 'label')

    @property
    def broken(self):
        raise AttributeError('custom')

    def __getattr__(self, name):
        if name == 'special':
            raise AttributeError('from __getattr__')
        return 'fallback for ' + name

record = Record()
print(record.broken, record.value, getattr(record, 'label'))
try:
    record.special
except AttributeError as e:
    print(repr(e), e.name, e.obj is record)

class Plain:
    __slots__ = ('x', 'y')

    @property
    def typo(self):
        return self.xx

p = Plain()
for attempt in ['x', 'typo', 'missing']:
    try:
        getattr(p, attempt)
    except AttributeError as e:
        print(attempt, repr(e), e.name, e.obj is p)
p.x = 1
del p.x
try:
    del p.x
except AttributeError as e:
    print(repr(e), e.args, e.name)
print(hasattr(p, 'x'), getattr(p, 'y', 'default'))

class Shape:
    @property
    def area(self):
        raise AttributeError('no area yet')

    @property
    def arena(self):
        return 0

Shape().area
