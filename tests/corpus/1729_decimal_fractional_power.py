# Decimal ** with a non-integer or infinite exponent: digits, exponents and flags as libmpdec gives them (also under directed rounding and prec=10), special values and errors.
import decimal
from decimal import Decimal, getcontext, localcontext, Context, InvalidOperation, ROUND_DOWN, ROUND_CEILING, ROUND_HALF_UP

BASES = ['2', '4', '100', '0.25', '1', '1.000', '10', '0.1', '3.14159', '1E+10', '1E-30', '9.99E+999999', '1E-999999',
         '0', '-0', '-2', 'Infinity', '-Infinity', 'NaN', 'sNaN', '0.9999999', '123456789012345678901234567890']
EXPONENTS = ['0.5', '-0.5', '1.5', '-1.75', '3.3', '1E-40', '100.5', 'Infinity', '-Infinity', '12345.5']
X = list(map(Decimal, BASES * len(EXPONENTS)))
Y = list(map(Decimal, sorted(EXPONENTS * len(BASES), key=EXPONENTS.index)))


def run(prec, rounding):
    # One fresh context per case, so that each shows its own flags.
    ctxs = list(map(Context.copy, [Context(prec=prec, rounding=rounding, traps=[])] * len(X)))
    print(prec, rounding, *map(str, map(Context.power, ctxs, X, Y)))
    print(*map(repr, ctxs), sep='\n')


run(28, None)
run(10, None)
run(5, ROUND_DOWN)
run(7, ROUND_CEILING)
run(6, ROUND_HALF_UP)

# The operator, pow() and reflected forms under the thread's context.
print(Decimal(2) ** Decimal('0.5'), pow(Decimal(10), Decimal('-0.5')), 2 ** Decimal('0.5'), Decimal('0.5') ** Decimal('0.5'))
getcontext().prec = 10
print(Decimal(2) ** Decimal('0.5'), Decimal(8) ** Decimal('1E-3'), Decimal('1.1') ** Decimal('10.5'))
with localcontext() as lc:
    lc.prec = 50
    print(Decimal(2) ** Decimal('0.5'), Decimal(3) ** Decimal('-2.5'))
getcontext().prec = 28
getcontext().clear_flags()
for x, y in (('-2', '0.5'), ('-Infinity', '0.5'), ('-8', 'Infinity'), ('sNaN', '0.5'), ('2', 'sNaN'), ('10', '1E+7')):
    try:
        print(x, y, Decimal(x) ** Decimal(y))
    except (InvalidOperation, decimal.Overflow) as e:
        print(x, y, type(e).__name__, e)
print(sorted(k.__name__ for k, v in getcontext().flags.items() if v))
