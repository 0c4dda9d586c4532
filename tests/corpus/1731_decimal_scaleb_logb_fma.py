# Decimal scaleb/logb/fma/radix and the Context methods that apply them (and the other one-operand ones): results, flags, rounding and errors.
import decimal
from decimal import Decimal, getcontext, localcontext, Context, InvalidOperation, DivisionByZero

VALUES = ['0', '-0.00', '1', '-1.5', '123.456', '1E+20', '7E-25', '-9.87654321E+10', 'Infinity', '-Infinity', 'NaN3', 'sNaN']
SHIFTS = ['0', '3', '-3', '1.0', '-30', '50', '200', '-200', 'Infinity', 'NaN', '2.5']
A = list(map(Decimal, VALUES * len(SHIFTS)))
S = list(map(Decimal, sorted(SHIFTS * len(VALUES), key=SHIFTS.index)))
THIRDS = ['0', '1E+30', 'sNaN']
FA = list(map(Decimal, VALUES * len(VALUES)))
FB = list(map(Decimal, sorted(VALUES * len(VALUES), key=VALUES.index)))


def run(op, base, operands):
    # One fresh context per case, so that each shows its own flags.
    ctxs = list(map(Context.copy, [base] * len(operands[0])))
    print(op, *map(str, map(getattr(Context, op), ctxs, *operands)))
    print(*map(repr, ctxs), sep='\n')


for base in (Context(prec=6, Emin=-20, Emax=20, traps=[]), Context(traps=[])):
    run('scaleb', base, (A, S))
    run('logb', base, (A[:len(VALUES)],))
    for third in THIRDS:
        run('fma', base, (FA, FB, [Decimal(third)] * len(FA)))

print(Decimal('1.5').scaleb(3), Decimal(123).logb(), Decimal(2).fma(3, 4), Decimal(2).fma(Decimal('0.1'), -1), Decimal(5).radix())
getcontext().prec = 10
print(Decimal('1.23456789012').scaleb(2), Decimal('12345678901234').logb(), Decimal('123456789').fma(1000, 1))
with localcontext(prec=2) as lc:
    print(Decimal('123456').logb(), lc.flags[decimal.Rounded], Decimal(99).fma(99, 0))
getcontext().prec = 28
c = getcontext()
print(c.scaleb(1, 5), c.logb(Decimal('0.001')), c.fma(2, 3, 4), c.radix(), c.copy_decimal(5), c.divmod(7, 2))
print(c.to_sci_string(Decimal('1E+7')), c.to_eng_string(Decimal('1E+7')), c.to_integral(Decimal('2.5')), c.copy_abs(-2), c.is_zero(0))
for f in (lambda: Decimal(0).logb(), lambda: Decimal(1).scaleb(Decimal('0.5')), lambda: Decimal('Infinity').fma(0, 1),
          lambda: Decimal(1).scaleb(10 ** 7)):
    try:
        print(f())
    except (InvalidOperation, DivisionByZero) as e:
        print(type(e).__name__, e)
for f in (lambda: Decimal(2).fma(3, 'x'), lambda: Decimal(2).scaleb(1.5), lambda: c.canonical(2), lambda: c.logb('1')):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
print([n for n in ('exp', 'ln', 'log10', 'logb', 'scaleb', 'fma', 'radix', 'max_mag', 'min_mag', 'next_plus', 'next_minus',
                  'next_toward', 'number_class', 'is_normal', 'is_subnormal', 'compare_signal', 'compare_total',
                  'compare_total_mag') if not hasattr(Decimal, n) or not hasattr(Context, n)])
