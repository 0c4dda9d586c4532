# range answers `in`, count and index by arithmetic only for exact ints and bools; anything else (a float, an
# int subclass, an object with __eq__) is compared with each number, as CPython's sequence search does.
class Level(int):
    pass

class Near:
    def __init__(self, target):
        self.target = target
    def __eq__(self, other):
        print('  compared with', other)
        return other == self.target

r = range(1, 8, 3)
print(list(r), True in r, False in r, 4.0 in r, 4.5 in r, Level(7) in r, 'x' in r)
print(r.count(True), r.count(4.0), r.count(Level(4)), r.index(True), r.index(7.0), r.index(Level(4)))
print(Near(4) in r)
print(r.count(Near(7)))
print(r.index(Near(4)))
for missing in (5, 2.0, Level(2), Near(9)):
    try:
        r.index(missing)
    except ValueError as e:
        print('ValueError:', e)
print([n for n in range(5) if n in range(0, 5, 2)], sum(1 for x in (0.0, 1.5, 2, True) if x in range(3)))
