# A function holds its docstring (func_doc, taken from co_consts[0] by MAKE_FUNCTION): getrefcount counts it,
# two functions with the same docstring hold the one merged constant twice, and deleting __doc__ stores None.
import sys


def area(r):
    "Area of a circle of radius r."
    return 3.14159 * r * r


print(sys.getrefcount(area.__doc__))


def circle_area(r):
    "Area of a circle of radius r."
    return 3.14159 * r * r


print(sys.getrefcount(area.__doc__), area.__doc__ is circle_area.__doc__)
del circle_area
print(sys.getrefcount(area.__doc__))


class Shape:
    def perimeter(self):
        "Sum of the sides, in metres."
        return 0


print(sys.getrefcount(Shape.perimeter.__doc__))
doc = Shape.perimeter.__doc__
Shape.perimeter.__doc__ = 'Replaced text here.'
print(sys.getrefcount(doc))
del Shape.perimeter.__doc__
print(Shape.perimeter.__doc__, sys.getrefcount(doc))
print((lambda: 0).__doc__)
