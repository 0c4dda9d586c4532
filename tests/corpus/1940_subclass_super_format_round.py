# int, float, str and complex's own __format__ and float's __round__ do their own work for a subclass's instance,
# so an override can call super().__format__(spec) or super().__round__(n) (they used to call the override again).
class C(complex):
    def __format__(self, spec):
        return '<' + complex.__format__(self, spec) + '>'
class S(str):
    def __format__(self, spec):
        return '<' + str.__format__(self, spec) + '>'
class Fl(float):
    def __format__(self, spec):
        return '<' + float.__format__(self, spec) + '>'
class I(int):
    def __format__(self, spec):
        return '<' + int.__format__(self, spec) + '>'
for v in [C(1, 2), S('ab'), Fl(2.5), I(3)]:
    for s in ['', '>8']:
        try:
            print(format(v, s))
        except Exception as e:
            print(type(v).__name__, repr(s), type(e).__name__, e)
print(complex.__format__(C(1,2), '>8'), complex.__format__(1+2j, '>8'))
class S(str):
    def __str__(self): return 'X'
print(str.__format__(S('a'), ''), format(S('a'), ''), f"{S('a')}", format(S('a'), '>3'))
class I(int):
    def __str__(self): return 'eye'
print(format(I(3), ''), f"{I(3)}", format(I(3), '>3'), int.__format__(I(3), ''))
class M(float):
    def __format__(self, spec):
        return "$" + super().__format__(spec or ".2f")
print(f"{M(3.14159)}", f"{M(2.5):>8.1f}", "{:,.1f}".format(M(1234.56)))
try: "".__format__(None)
except TypeError as e: print(e)
class F(float):
    def __round__(self, n=None):
        return "custom"
print(float.__round__(F(2.5)), float.__round__(F(2.5), None), float.__round__(F(2.5), 0))
class R(float):
    def __round__(self, n=None):
        return "R" + str(super().__round__(n))
print(round(R(2.567)), round(R(2.567), 1))
for v in [2.5, 3.5, -0.5, 1e300, 2.675]:
    print(float.__round__(v), float.__round__(v, 2), float.__round__(v, None), round(v), round(v, 1))
for bad in [float('inf'), float('nan')]:
    try: float.__round__(bad)
    except (OverflowError, ValueError) as e: print(type(e).__name__, e)
print(float.__round__(2.5, 2**70), float.__round__(123.456, -2**70))
try: float.__round__(1.5, 1.0)
except TypeError as e: print(e)
