# reversed() of a list subclass is list_reversed (it looped forever); a range's reversed iterator holds no reference to the range.
import sys
class L(list):
    pass
class L2(list):
    def __reversed__(self):
        return iter(["mine", *super().__reversed__()])
print(list(reversed(L([1, 2]))), type(reversed(L())).__name__, list(reversed(L2([1, 2]))))
r = range(10)
it = reversed(r)
print(sys.getrefcount(r), type(it).__name__, list(it), list(reversed(range(1, 10, 3))), list(reversed(range(5, 5))))
print(list(reversed(range(-3, 7, 4))), list(r.__reversed__()), list(reversed((1, 2, 3))), list(reversed("abc")))
it = reversed(range(3))
print(it.__length_hint__(), next(it), it.__length_hint__())
