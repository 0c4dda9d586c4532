# decimal errors: signals as exceptions, their messages and class hierarchy, TypeErrors and ValueErrors.
import decimal
from decimal import Decimal, getcontext, localcontext

print(issubclass(decimal.DivisionByZero, ZeroDivisionError), issubclass(decimal.InvalidOperation, ArithmeticError))
print(issubclass(decimal.FloatOperation, TypeError), issubclass(decimal.Overflow, decimal.Inexact), decimal.ConversionSyntax.__mro__[1])
print(decimal.DecimalException.__mro__)

cases = [
    lambda: Decimal('abc'),
    lambda: Decimal('1.2.3'),
    lambda: Decimal(''),
    lambda: Decimal('1e'),
    lambda: Decimal(1) / 0,
    lambda: Decimal(0) / 0,
    lambda: Decimal(1) // 0,
    lambda: Decimal(5) % 0,
    lambda: Decimal(0) % 0,
    lambda: divmod(Decimal(5), 0),
    lambda: Decimal(10 ** 30) // Decimal('0.001'),
    lambda: Decimal(-4).sqrt(),
    lambda: Decimal('Infinity') - Decimal('Infinity'),
    lambda: Decimal('Infinity') * 0,
    lambda: Decimal(0) ** 0,
    lambda: Decimal('NaN') < 1,
    lambda: Decimal('sNaN') + 1,
    lambda: Decimal('1e999999') * 10,
    lambda: Decimal('1.5').quantize(Decimal('1e-30')),
    lambda: Decimal('1.5') + 1.5,
    lambda: 1.5 * Decimal(2),
    lambda: Decimal(2) - 'x',
    lambda: Decimal(None),
    lambda: Decimal([1, 2]),
    lambda: Decimal((2, (1,), 0)),
    lambda: Decimal((0, (1, 12), 0)),
    lambda: Decimal(1.5, 2),
    lambda: int(Decimal('NaN')),
    lambda: int(Decimal('-Infinity')),
    lambda: round(Decimal('NaN')),
    lambda: round(Decimal('Infinity')),
    lambda: round(Decimal('1.5'), 1.0),
    lambda: hash(Decimal('sNaN')),
    lambda: Decimal('NaN').as_integer_ratio(),
    lambda: Decimal(1).quantize(1.5),
    lambda: setattr(getcontext(), 'prec', 0),
    lambda: setattr(getcontext(), 'rounding', 'UP'),
]
for i, case in enumerate(cases):
    try:
        result = case()
        print(i, 'ok', repr(result))
    except decimal.DecimalException as e:
        print(i, type(e).__name__, e, e.args, isinstance(e, ArithmeticError))
    except Exception as e:
        print(i, type(e).__name__, e)

try:
    Decimal(1) / 0
except ZeroDivisionError as e:
    print('caught as ZeroDivisionError:', repr(e))
try:
    Decimal('x')
except decimal.InvalidOperation as e:
    print('caught:', e.args[0][0] is decimal.ConversionSyntax)
with localcontext() as ctx:
    ctx.traps[decimal.FloatOperation] = True
    try:
        Decimal(0.5)
    except decimal.FloatOperation as e:
        print('FloatOperation', e)
    try:
        Decimal(1) < 0.5
    except TypeError as e:
        print('as TypeError', e)
    print(Decimal(1) == 0.5)
print(getcontext())
from decimal import Decimal
for v in (1.5, "s", [1], (1,), None, 2j, {1}):
    for f in (lambda: Decimal(1) + v, lambda: v * Decimal(2), lambda: Decimal(3) // v, lambda: v ** Decimal(2), lambda: divmod(v, Decimal(1))):
        try:
            f()
        except TypeError as e:
            print(e)
from decimal import Decimal
import decimal
d = Decimal(1)
try:
    d.nope
except AttributeError as e:
    print(e)
try:
    [1] * Decimal(2)
except TypeError as e:
    print(e)
try:
    Decimal("x")
except decimal.InvalidOperation as e:
    print(repr(e))
print(type(d), type(decimal.getcontext()), Decimal.__name__, Decimal.__qualname__)
Decimal(1) / 0
