# A builtin number's operator takes the numbers below it in the tower (float + an int subclass is float's
# addition, never the subclass's __radd__); it declines those above (2 > MyFloat(1.0) asks MyFloat).
class MyInt(int):
    def __radd__(self, other):
        return "radd"
    def __rmul__(self, other):
        return "rmul"
    def __gt__(self, other):
        return "gt"
    def __eq__(self, other):
        return "eq"
    __hash__ = int.__hash__
class MyFloat(float):
    def __radd__(self, other):
        return "fradd"
    def __lt__(self, other):
        return "flt"
print(0.5 + MyInt(1), 0.5 * MyInt(2), 1j + MyInt(1), 1 + MyInt(1), True + MyInt(1))
print(1 + MyFloat(2.0), 1.0 + MyFloat(2.0), 1j + MyFloat(1.0), True + MyFloat(1.0))
print(0.5 < MyInt(1), 0.5 == MyInt(1), 1 < MyInt(1), 2 > MyFloat(1.0), 2.0 > MyFloat(1.0))
x = 0.5
x += MyInt(3)
print(x, divmod(7.5, MyInt(2)), pow(2.0, MyInt(2)))
