# numbers imported after fractions (the Fraction class is registered then), and a tutorial's uses of the tower.
from fractions import Fraction
import numbers
import gc


def average(values):
    if not all(isinstance(v, numbers.Real) for v in values):
        raise TypeError("average() needs real numbers")
    if all(isinstance(v, numbers.Rational) for v in values):
        return Fraction(sum(values), len(values))
    return sum(values) / len(values)


print(average([1, 2, 4]), average([Fraction(1, 2), 1]), average([1.5, 2, True]))
try:
    average([1, 2j])
except TypeError as e:
    print(e)
print(isinstance(Fraction(1, 2), numbers.Rational), issubclass(Fraction, numbers.Integral))
print(numbers.Rational.__subclasshook__(Fraction), numbers.Complex.__module__)


def kind(x):
    for abc in (numbers.Integral, numbers.Rational, numbers.Real, numbers.Complex, numbers.Number):
        if isinstance(x, abc):
            return abc.__name__
    return None


print([kind(x) for x in (3, False, Fraction(2, 3), 0.25, 1 + 1j, "3", [3])])


class Meters(numbers.Real):
    """Only some of the methods: abstract ones missing."""

    def __init__(self, value):
        self.value = value

    def __float__(self):
        return float(self.value)


try:
    Meters(3)
except TypeError as e:
    print(str(e).split(" with ")[0])
print(sorted(Meters.__abstractmethods__)[:5], len(Meters.__abstractmethods__))
print(numbers.Number.__slots__, numbers.Integral.__slots__, hasattr(numbers, "ABCMeta"))
gc.collect()
print(gc.collect())
