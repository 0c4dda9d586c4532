# len() takes what __len__ returns as CPython's slot does: any int (a bool too) or an object with __index__,
# then checks it is >= 0 and fits a Py_ssize_t; truth tests through __len__ alike.
class Flagged:
    def __len__(self):
        return True

class Three:
    def __index__(self):
        return 3

class Counted:
    def __len__(self):
        return Three()

class Bad:
    def __init__(self, value):
        self.value = value
    def __len__(self):
        return self.value

print(len(Flagged()), bool(Flagged()), len(Counted()), bool(Counted()), 'yes' if Counted() else 'no')
for value in (2.0, 2 ** 70, -1, -(2 ** 70), None, False):
    for probe in (len, bool):
        try:
            print(probe.__name__, probe(Bad(value)))
        except (TypeError, ValueError, OverflowError) as e:
            print(probe.__name__, type(e).__name__, e)

# operator.length_hint wants an int itself (PyLong_Check), no __index__.
import operator

class Hinted:
    def __init__(self, value):
        self.value = value
    def __length_hint__(self):
        return self.value

for value in (True, Three(), 2.0, 5, NotImplemented):
    try:
        print(operator.length_hint(Hinted(value), 7))
    except TypeError as e:
        print('TypeError', e)
