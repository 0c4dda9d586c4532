# decimal contexts: precision, rounding modes, flags, localcontext, Context objects.
import decimal
from decimal import (Decimal, Context, getcontext, setcontext, localcontext, ROUND_HALF_UP, ROUND_HALF_EVEN,
                     ROUND_DOWN, ROUND_UP, ROUND_FLOOR, ROUND_CEILING, ROUND_HALF_DOWN, ROUND_05UP,
                     Inexact, Rounded, InvalidOperation, DivisionByZero, Overflow, FloatOperation)

ctx = getcontext()
print(ctx.prec, ctx.rounding, ctx.Emax, ctx.Emin, ctx.capitals, ctx.clamp)
print(ctx.traps[InvalidOperation], ctx.traps[DivisionByZero], ctx.traps[Overflow], ctx.traps[Inexact])
print(getcontext())
print(Decimal(1) / Decimal(3), Decimal(2) / Decimal(3))
print(ctx.flags[Inexact], ctx.flags[Rounded])
print(getcontext())
ctx.clear_flags()
print(getcontext())
getcontext().prec = 6
print(Decimal(1) / Decimal(7), Decimal('123456789') + 0, +Decimal('1.23456789'), Decimal('3.1415926535') * 1)
print(Decimal('1234567') * 1, Decimal('99999.95') + 0, Decimal(2).sqrt(), Decimal('100') / 3)
getcontext().prec = 28
modes = [ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP, ROUND_FLOOR, ROUND_CEILING, ROUND_HALF_DOWN, ROUND_05UP]
values = ['2.5', '3.5', '-2.5', '2.45', '2.55', '-2.45', '1.01', '1.05', '-1.51', '0.5', '2.501', '-0.04']
for mode in modes:
    row = [str(Decimal(v).quantize(Decimal('0.1'), rounding=mode)) for v in values]
    ints = [str(Decimal(v).to_integral_value(rounding=mode)) for v in values]
    print(mode, row, ints)
for mode in modes:
    with localcontext() as lc:
        lc.rounding = mode
        lc.prec = 3
        print(mode, Decimal(2) / 3, Decimal(-2) / 3, Decimal('1.235') + 0, Decimal('-1.245') * 1, Decimal('9.995') + 0)
print(getcontext().prec, getcontext().rounding)
with localcontext() as lc:
    lc.prec = 50
    print(Decimal(1) / 7)
    print(Decimal(2).sqrt())
print(Decimal(1) / 7)
with localcontext(prec=5) as lc:
    print(lc.prec, Decimal(10) / 3)
c = Context(prec=4, rounding=ROUND_DOWN)
print(c.prec, c.rounding, c.traps[InvalidOperation])
print(c)
print(c.create_decimal('3.14159'), c.add(Decimal('1.23456'), 1), c.divide(1, 3), c.sqrt(Decimal(10)))
old = getcontext()
setcontext(c)
print(getcontext() is c, Decimal(22) / 7, Decimal('1.99999') * 1)
setcontext(old)
print(Decimal(22) / 7)
getcontext().clear_flags()
x = Decimal(1) / 4
print(getcontext().flags[Inexact], getcontext().flags[Rounded])
x = Decimal(1) / 3
print(getcontext().flags[Inexact], getcontext().flags[Rounded])
getcontext().clear_flags()
print(Decimal(0.5) < 1, getcontext().flags[FloatOperation])
getcontext().traps[Inexact] = True
try:
    Decimal(1) / 3
except Inexact as e:
    print('Inexact trapped', type(e).__name__, e)
print(Decimal(1) / 4)
getcontext().traps[Inexact] = False
getcontext().traps[DivisionByZero] = False
print(Decimal(1) / 0, Decimal(-1) / 0, getcontext().flags[DivisionByZero])
getcontext().traps[DivisionByZero] = True
getcontext().traps[InvalidOperation] = False
print(Decimal('abc'), Decimal(0) / 0, Decimal(-1).sqrt(), Decimal('Infinity') - Decimal('Infinity'))
getcontext().traps[InvalidOperation] = True
with localcontext() as lc:
    lc.Emax = 10
    lc.traps[Overflow] = False
    print(Decimal('9e10') * 10, Decimal('-9e10') * 100)
    lc.rounding = ROUND_DOWN
    print(Decimal('9e10') * 10)
with localcontext() as lc:
    lc.prec = 10
    print(Decimal('1.000000000000001').sqrt(), Decimal('0.1234567890123') + 0, Decimal('1.5').quantize(Decimal('0.0001')))
print(Context(prec=10, traps=[]), getcontext().Etiny(), getcontext().Etop())
print(decimal.DefaultContext.prec, decimal.BasicContext.prec, decimal.ExtendedContext.rounding, decimal.MAX_PREC)
from decimal import Decimal, Inexact, localcontext, ROUND_FLOOR
print(Decimal("2.5").to_integral_value(), Decimal("-2.5").to_integral_exact(), Decimal("7.7").to_integral_value(rounding=ROUND_FLOOR), Decimal("NaN").to_integral_value(), Decimal("0.00").to_integral_exact(), Decimal("1E+3").to_integral())
with localcontext() as c:
    c.traps[Inexact] = True
    try:
        Decimal("1.5").to_integral_exact()
    except Inexact as e:
        print(type(e).__name__)
from decimal import Context, Decimal
c = Context(prec=5)
print(c.add(1, Decimal(2)), c.divide(1, 3), c.sqrt(2), c.quantize(Decimal("1.2345"), Decimal("0.01")), c.max(1, 2), c.minus(3), c.power(2, 10), c.compare(1, 2), c.normalize(Decimal("1.00")), c.abs(-4), c.plus(Decimal("1.234567")), c.remainder(7, 3), c.divide_int(7, 2), c.multiply(3, 4), c.subtract(1, 3), c.min(1, 2))
try:
    c.add("x", 1)
except TypeError as e:
    print(e)
