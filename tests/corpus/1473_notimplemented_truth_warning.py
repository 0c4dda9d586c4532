# NotImplemented in a boolean context: a DeprecationWarning (shown once per line, as the default filter does),
# then it counts as true. The usual way to meet it: calling a comparison method directly.
import warnings

class Version:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.n < other.n

v = Version(2)
if v.__lt__('3'):
    print('looks smaller')
print(bool(NotImplemented))
print(not NotImplemented)
print(NotImplemented and 'second')
print([x for x in [NotImplemented, 0] if x])
print(any([NotImplemented]), all([NotImplemented]))
print(list(filter(None, [NotImplemented, None])))

class Flag:
    def __bool__(self):
        print('Flag.__bool__')
        return False
print(list(filter(None, [Flag(), 1])))  # an item's __bool__ runs inside filter's step
for i in range(3):
    if NotImplemented:
        pass
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    bool(NotImplemented)
print([(w.category.__name__, str(w.message), w.lineno) for w in caught])
warnings.simplefilter('error')
try:
    if v.__lt__(None):
        print('not reached')
except DeprecationWarning as e:
    print('error:', e)
