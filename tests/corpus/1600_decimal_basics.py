# decimal basics: construction, str/repr, arithmetic, mixing with int, comparisons, hashing, conversions.
import math
from decimal import Decimal, DecimalTuple
from fractions import Fraction

for s in ['1.10', ' 42 ', '1e2', '1E+2', '-0', '0.000001', '0.0000001', '1_000.5', '-12.3400', '1e-7',
          'Infinity', '-inf', 'NaN', 'nan123', '123456789012345678901234567890.5', '.5', '5.', '0E-10', '12E3']:
    d = Decimal(s)
    print(repr(s), repr(d), str(d), d.as_tuple())

print(Decimal(0.1))
print(repr(Decimal(0.5)), repr(Decimal(-0.0)), repr(Decimal(1e20)), repr(Decimal(float('inf'))))
print(repr(Decimal(10 ** 30)), repr(Decimal(-7)), repr(Decimal(True)))
print(repr(Decimal((0, (3, 1, 4), -2))), repr(Decimal((1, (1,), 5))), repr(Decimal((0, (), 'F'))))
print(Decimal.from_float(0.25), Decimal(Decimal('3.30')))
print(Decimal('1.1') + Decimal('2.2'), 0.1 + 0.2)
a, b = Decimal('10.50'), Decimal('3')
for x, y in [(a, b), (Decimal('-7'), Decimal('2')), (Decimal('7.5'), Decimal('-2')), (Decimal('1'), Decimal('3'))]:
    print(x + y, x - y, x * y, x / y, x // y, x % y, divmod(x, y))
print(a + 1, 1 + a, a * 2, 2 - a, 7 / Decimal(4), 7 // Decimal(2), 7 % Decimal(4))
print(-a, +a, abs(Decimal('-3.5')), -Decimal('0'), abs(Decimal('-0.00')))
print(Decimal('1.10') ** 2, Decimal(2) ** 100, Decimal(2) ** -3, Decimal(3) ** -2, Decimal(10) ** -2, Decimal('0.5') ** -2)
print(Decimal('1.5') ** 0, Decimal(-2) ** 3, pow(Decimal(7), 2), Decimal('1.1') ** Decimal('2.0'), 2 ** Decimal(10))
print(Decimal(2) ** -1000)
print(Decimal('19.99') * 3, Decimal('0.1') * 3 == Decimal('0.3'), sum([Decimal('0.1')] * 10))
print(Decimal('1') / Decimal('7'), Decimal(100) / Decimal('0.25'), Decimal('1.20') * Decimal('2.5'))
print(Decimal('1e999') * Decimal('1e-999'), Decimal('123.456e-20') + 1)
print(Decimal(1) == 1, Decimal('1.0') == 1, Decimal('0.5') == 0.5, Decimal('0.1') == 0.1, Decimal('0.5') == Fraction(1, 2))
print(Decimal(1) < 2, Decimal('1.5') > 1.4, Decimal('-2') <= -2, Decimal('3') >= Fraction(7, 2), Decimal('1') != 1)
print(Decimal('NaN') == Decimal('NaN'), Decimal('NaN') != 1, Decimal('Infinity') > 10 ** 100)
print(sorted([Decimal('2.5'), Decimal('-1'), Decimal('0.333'), Decimal('1E+1')]))
print(max(Decimal('1.5'), Decimal('2')), min([Decimal('3'), Decimal('-3.0')]))
print(hash(Decimal(5)) == hash(5), hash(Decimal('0.5')) == hash(0.5), hash(Decimal('2.50')) == hash(Fraction(5, 2)))
print(hash(Decimal('1.1')) == hash(Fraction(11, 10)), hash(Decimal('-1')), hash(Decimal('Infinity')), hash(Decimal('1e30')) == hash(10 ** 30))
print(len({Decimal('1.0'), Decimal(1), 1, 1.0}), {Decimal('2'): 'two'}[2])
print(int(Decimal('7.9')), int(Decimal('-7.9')), float(Decimal('0.1')), float(Decimal('-Infinity')), float(Decimal('1e400')))
print(round(Decimal('2.5')), round(Decimal('3.5')), round(Decimal('-2.5')), round(Decimal('2.675'), 2), round(Decimal('1234.5'), -2))
print(math.floor(Decimal('-2.5')), math.ceil(Decimal('-2.5')), math.floor(Decimal('2.5')), math.ceil(Decimal('2.1')), math.trunc(Decimal('-3.7')))
print(Decimal('3.14159').quantize(Decimal('0.01')), Decimal('2.675').quantize(Decimal('1.00')), Decimal('7').quantize(Decimal('1.000')))
print(Decimal('123.45').to_integral_value(), Decimal('-0.5').to_integral_value(), Decimal('1E+3').to_integral_value())
print(Decimal('1.2000').normalize(), Decimal('1200').normalize(), Decimal('0.00').normalize(), Decimal('-5.10E+3').normalize())
print(Decimal(2).sqrt(), Decimal(16).sqrt(), Decimal('0.25').sqrt(), Decimal('1E-10').sqrt(), Decimal(0).sqrt(), Decimal('100.0').sqrt())
print(Decimal('-3.25').as_tuple(), Decimal('-3.25').as_tuple().digits, DecimalTuple(0, (1,), 0))
print(Decimal(0).is_zero(), Decimal('0.0').is_zero(), Decimal('NaN').is_nan(), Decimal('-0').is_signed(), Decimal(1).is_signed())
print(Decimal('-4').copy_abs(), Decimal('4').copy_negate(), Decimal('123.45').adjusted(), Decimal('0.001').adjusted())
print(Decimal(1).compare(2), Decimal(2).compare(Decimal('2.0')), Decimal(3).compare(1), Decimal(1).compare(Decimal('NaN')))
print(Decimal('1.0').max(Decimal('1')), Decimal('1.0').min(Decimal('1')), Decimal(3).max(Decimal('NaN')), Decimal('-0').max(0))
print(Decimal('0.75').as_integer_ratio(), Decimal('-2.50').as_integer_ratio(), Decimal('1E+3').as_integer_ratio())
print(bool(Decimal(0)), bool(Decimal('0.1')), bool(Decimal('NaN')), type(Decimal(1)), type(Decimal(1) + 1).__name__)
print(Decimal('1234.5678').to_eng_string(), Decimal('1.23E+7').to_eng_string(), Decimal('1.23E-8'))
for spec in ['', '.2f', ',.2f', '>12.2f', '.3e', '.1%', '+.1f', '012,.2f', 'g', '.3g']:
    print(repr(spec), format(Decimal('1234567.891'), spec), format(Decimal('-0.0425'), spec))
price, qty = Decimal('19.99'), 3
total = price * qty
tax = (total * Decimal('0.0825')).quantize(Decimal('0.01'))
print(f"subtotal {total}, tax {tax}, total {total + tax:.2f}, {total:>10}|")
import sys
print([sys.getsizeof(Decimal(x)) for x in ["0","1e500","-2.5","NaN","Infinity", "1"*77, "1"*95, "1"*96, "3.14159"]])
print(sys.getsizeof(Decimal(1)/Decimal(3)), sys.getsizeof(Decimal(0.1)))
