# Fraction built from a Decimal, exactly (its as_integer_ratio), as Fraction(float) is; and Fraction.from_decimal.
from decimal import Decimal
from fractions import Fraction

prices = [Decimal("19.99"), Decimal("0.5"), Decimal("-1.25E+3"), Decimal("3.14159"), Decimal("0")]
for price in prices:
    exact = Fraction(price)
    print(price, "->", exact, repr(exact), exact.denominator)

total = sum(Fraction(p) for p in prices[:2])
print("total", total, float(total), total.limit_denominator(100))
print(Fraction.from_decimal(Decimal("2.75")), Fraction.from_decimal(7), Fraction.from_float(0.1) == Fraction(0.1))

for bad in (Decimal("Infinity"), Decimal("NaN"), Decimal("-Infinity")):
    try:
        Fraction(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for call in (lambda: Fraction.from_decimal(1.5), lambda: Fraction(Decimal("1"), 2), lambda: Fraction(1, 0)):
    try:
        call()
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
