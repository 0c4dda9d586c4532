# list.sort and sorted() with a key function: each key is computed in order before any comparison, an exception
# from a key releases the keys made so far, a list changed by a key raises ValueError afterwards; the refcounts
# and the gc counts around a sort are python3's.
import sys, gc

order = []
def noting(x):
    order.append(x)
    return -x
print(sorted([3, 1, 2], key=noting), order)

marker = object()
made = []
def failing(x):
    if x == 3:
        raise KeyError(x)
    made.append(marker)
    return marker
before = sys.getrefcount(marker)
try:
    sorted([1, 2, 3, 4], key=failing)
except KeyError as e:
    print("KeyError", e, len(made), sys.getrefcount(marker) - before)

items = [5, 3, 9]
def meddling(x):
    items.append(x)
    return x
try:
    items.sort(key=meddling)
except ValueError as e:
    print("ValueError", e, items)

words = ["Banana", "apple", "Cherry", "date"]
print(sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted(words, key=words.index, reverse=True), max(words, key=str.lower))

class Student:
    def __init__(self, name, grade):
        self.name, self.grade = name, grade
    def __repr__(self):
        return self.name
students = [Student(n, g) for n, g in [("ann", 90), ("bob", 72), ("cy", 90), ("dee", 85)]]
print(sorted(students, key=lambda s: s.grade), sorted(students, key=lambda s: (-s.grade, s.name)))
key = lambda s: s.grade
print(sys.getrefcount(students[0]), sorted(students, key=key)[0], sys.getrefcount(students[0]))

gc.collect()
a = gc.get_count()
ranked = sorted(students, key=lambda s: s.name)
b = gc.get_count()
print(b[0] - a[0], [s.name for s in ranked])
nums = list(range(300))
gc.collect()
a = gc.get_count()
nums.sort(key=lambda v: v % 7)
b = gc.get_count()
print(b[0] - a[0], nums[:8])
