# An __index__ or __int__ that returns a bool (or another int subclass) is taken with a DeprecationWarning,
# wherever CPython converts through PyNumber_Index / PyNumber_Long: subscripts, range, hex, int(), repeats.
import operator
import warnings

class Flag:
    def __init__(self, on):
        self.on = on
    def __index__(self):
        return self.on

class Count:
    def __int__(self):
        return True

class Small(int):
    pass

class Wrapped:
    def __index__(self):
        return Small(2)

class Ratio:
    def __float__(self):
        return Measured(0.5)

class Measured(float):
    pass

class Rounded:
    def __trunc__(self):
        return Flag(True)

items = ['a', 'b', 'c']
print(items[Flag(True)], 'xyz'[Flag(False)], (7, 8)[Flag(True)], range(5)[Flag(True)])
print(items[Flag(True):], list(range(Flag(True))), hex(Flag(True)), bin(Wrapped()))
print(int(Flag(True)), int(Count()), type(int(Count())).__name__, operator.index(Wrapped()))
print('ab' * Flag(True), Flag(True) * [0], b'x' * Wrapped(), float(Ratio()), int(Rounded()))
items[Flag(False)] = 'A'
del items[Flag(True)]
print(items, items.pop(Flag(False)), '%d|%x' % (Flag(True), Wrapped()))
for step in range(3):
    print(step, items[Flag(False)])

with warnings.catch_warnings(record=True) as seen:
    warnings.simplefilter('always')
    range(Flag(True), Flag(True))
    int(Count())
for w in seen:
    print(w.category.__name__, w.lineno, str(w.message)[:40])

with warnings.catch_warnings():
    warnings.simplefilter('error', DeprecationWarning)
    for make in (lambda: [1, 2][Flag(True)], lambda: int(Count()), lambda: int(Flag(False))):
        try:
            make()
        except DeprecationWarning as e:
            print('raised:', e)
print(range(3).index(True), [1, 2][Flag(True)])
for bad in (lambda: 2.5 * 'ab', lambda: None * [1], lambda: range(3).index(Small(1))):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
