# Decimal.exp/ln/log10: correctly rounded digits, exponents and flags under the default context, prec=10 and other roundings; special values and trapped errors.
from decimal import Decimal, getcontext, localcontext, Context, InvalidOperation, Overflow, ROUND_DOWN, ROUND_CEILING

VALUES = list(map(Decimal, ['0', '-0', '0.000', '1', '1.000', '-1', '2', '10', '100', '1000', '0.001', '0.1', '0.5',
                            '1.5', '-2.5', '2.718281828459045235360287471', '0.9999999', '1.0000001', '123.456',
                            '1E+5', '1E-5', '1E-30', '-1E-30', '230', '-230', '1E+7', '-1E+7', '1E+999999',
                            '1E-999999', '12345678901234567890123456789', 'Infinity', '-Infinity', 'NaN', '-NaN7',
                            'sNaN']))


def run(op, prec, rounding):
    # One fresh context per value, so that each shows its own flags.
    ctxs = list(map(Context.copy, [Context(prec=prec, rounding=rounding, traps=[])] * len(VALUES)))
    print(op, prec, rounding, *map(str, map(getattr(Context, op), ctxs, VALUES)))
    print(*map(repr, ctxs), sep='\n')


for op in ('exp', 'ln', 'log10'):
    run(op, 28, None)
    run(op, 10, None)
    run(op, 5, ROUND_DOWN)
    run(op, 7, ROUND_CEILING)

# The thread's context, changed in place and by localcontext.
print(Decimal('1.5').exp(), Decimal(100).ln(), Decimal(1000).log10(), Decimal(2).log10())
getcontext().prec = 10
print(Decimal('1.5').exp(), Decimal(100).ln(), Decimal('0.02').log10(), Decimal(-50).exp())
with localcontext() as lc:
    lc.prec = 40
    print(Decimal(1).exp(), Decimal(2).ln(), Decimal(7).log10())
with localcontext(prec=3):
    print(Decimal(1).exp(), Decimal(2).ln(), Decimal(7).log10(), getcontext().prec)
print(getcontext().prec, Decimal(1).exp())
getcontext().prec = 28

# Errors under the default traps.
getcontext().clear_flags()
for v, name in (('-1', 'ln'), ('-Infinity', 'log10'), ('-0.5', 'log10'), ('1E+10', 'exp'), ('sNaN', 'exp'), ('-1E+10', 'exp')):
    try:
        print(v, name, getattr(Decimal(v), name)())
    except (InvalidOperation, Overflow) as e:
        print(v, name, type(e).__name__, e)
print(sorted(k.__name__ for k, v in getcontext().flags.items() if v))
print(Context.exp(getcontext(), 2), getcontext().ln(3), getcontext().log10(Decimal('0.5')))
try:
    getcontext().ln('2')
except TypeError as e:
    print(type(e).__name__, e)
try:
    Decimal(2).exp(context=5)
except TypeError as e:
    print(type(e).__name__, e)
