# Decimal ** with an integer exponent rounds as libmpdec does (binary powering a few digits wider, not correctly rounded): digits, exponents and flags under several precisions and roundings, with overflow and underflow.
from decimal import Decimal, getcontext, Context, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP

BASES = ['0.9999999', '-4395755131373537E-1', '877313228171800239042486111489E-28', '1.000', '-2', '3', '0.1',
         '1E+10', '123.456', '-0.5', '1.0000001', '7E-7', '2.5', '1E+999999', '99999999999999999999999999999']
EXPONENTS = ['2', '-2', '3', '-1', '10', '-10', '2.0', '57', '-31', '5E+5', '-1E+6', '1E+20']
X = list(map(Decimal, BASES * len(EXPONENTS)))
Y = list(map(Decimal, sorted(EXPONENTS * len(BASES), key=EXPONENTS.index)))


def run(prec, rounding):
    # One fresh context per case, so that each shows its own flags.
    ctxs = list(map(Context.copy, [Context(prec=prec, rounding=rounding, traps=[])] * len(X)))
    print(prec, rounding, *map(str, map(Context.power, ctxs, X, Y)))
    print(*map(repr, ctxs), sep='\n')


run(28, None)
run(10, None)
run(6, ROUND_DOWN)
run(7, ROUND_CEILING)
run(5, ROUND_FLOOR)
run(9, ROUND_HALF_UP)
print(Decimal('0.9999999') ** -2, Decimal('1.1') ** 100, Decimal(2) ** 100, Decimal('-1.5') ** 3, 3 ** Decimal(-2))
getcontext().prec = 10
print(Decimal('-4395755131373537E-1') ** 2, pow(Decimal('1.01'), 365), Decimal(7) ** -3)
