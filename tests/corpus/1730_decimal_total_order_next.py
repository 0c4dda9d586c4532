# Decimal compare_signal/compare_total(_mag), max_mag/min_mag, next_plus/next_minus/next_toward, number_class, is_normal/is_subnormal: results and flags, with NaNs, zeros, infinities and subnormals.
import decimal
from decimal import Decimal, getcontext, localcontext, Context, InvalidOperation

VALUES = ['0', '-0', '0E+3', '1', '1.0', '-1', '-1.00', '2.5', '-7', '1E-25', '-1E-26', '9.99999E+20', '123456789',
          'Infinity', '-Infinity', 'NaN', '-NaN', 'NaN5', 'sNaN', '-sNaN2']
A = list(map(Decimal, VALUES * len(VALUES)))
B = list(map(Decimal, sorted(VALUES * len(VALUES), key=VALUES.index)))
SMALL = Context(prec=6, Emin=-20, Emax=20, traps=[])


def run(op, operands):
    # One fresh context per case, so that each shows its own flags.
    ctxs = list(map(Context.copy, [SMALL] * len(operands[0])))
    print(op, *map(str, map(getattr(Context, op), ctxs, *operands)))
    print(*map(repr, ctxs), sep='\n')


for op in ('compare_signal', 'compare_total', 'compare_total_mag', 'max_mag', 'min_mag', 'next_toward'):
    run(op, (A, B))
for op in ('next_plus', 'next_minus', 'number_class', 'is_normal', 'is_subnormal'):
    run(op, (A[:len(VALUES)],))
    print(*map(getattr(Decimal, op), A[:len(VALUES)]))

# The thread's context: precision, traps and Context methods.
print(Decimal(1).next_plus(), Decimal(1).next_minus(), Decimal('1E-999999').next_minus(), Decimal('Infinity').next_minus())
getcontext().prec = 10
print(Decimal(1).next_plus(), Decimal(2).next_toward(3), Decimal('1E-1000008').number_class(), Decimal('1E-1000008').is_subnormal())
with localcontext(prec=3, Emin=-5, Emax=5) as lc:
    print(Decimal('9.99E+5').next_plus(), Decimal('1E-7').next_toward(0), lc.flags[decimal.Underflow], Decimal('5E-6').number_class())
getcontext().prec = 28
c = getcontext()
print(c.compare_total(1, Decimal('1.0')), c.compare_total_mag(-3, 2), c.max_mag(-3, 2), c.min_mag(-3, 2),
      c.next_toward(1, 0), c.number_class(Decimal('-0')), c.is_normal(5), c.is_subnormal(0))
for a, b in (('NaN', '1'), ('1', 'sNaN')):
    try:
        print(Decimal(a).compare_signal(Decimal(b)))
    except InvalidOperation as e:
        print(type(e).__name__, e)
try:
    print(Decimal('9.999999999999999999999999999E+999999').next_toward(Decimal('Infinity')))
except decimal.Overflow as e:
    print(type(e).__name__, e)
print(Decimal(1).compare_total(Decimal('NaN')), Decimal('-1').compare_total(Decimal('-NaN')), Decimal(3).max_mag(Decimal('NaN')))
try:
    Decimal(1).compare_total(1.5)
except TypeError as e:
    print(type(e).__name__, e)
