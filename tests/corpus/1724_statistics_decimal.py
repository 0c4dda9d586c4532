# statistics on Decimal data: mean/variance give Decimal results (the Fraction is divided as Decimal), stdev a correctly rounded Decimal root.
import statistics
from decimal import Decimal, localcontext
from fractions import Fraction
data = [Decimal("1"), Decimal("2"), Decimal("4")]
print(statistics.mean([Decimal("1.1"), Decimal("2.2")]))
for fn in (statistics.mean, statistics.variance, statistics.stdev, statistics.pvariance, statistics.pstdev,
           statistics.fmean, statistics.median, statistics.median_low, statistics.mode):
    print(fn.__name__, repr(fn(data)))
prices = [Decimal("19.99"), Decimal("5.25"), Decimal("7.10"), Decimal("12.00"), Decimal("3.33")]
print(statistics.mean(prices), statistics.stdev(prices), statistics.pstdev(prices))
print(statistics.variance(prices), statistics.pvariance(prices))
print(statistics.stdev([Decimal(1), Decimal(1)]), statistics.variance([Decimal(1), Decimal(1)]))
print(statistics.mean([Decimal(2), 4, 6]), statistics.variance([Decimal("0.1"), 1, 2]))
print(statistics.stdev([Decimal(1), Decimal(2)], xbar=Decimal("1.5")))
with localcontext() as ctx:
    ctx.prec = 6
    print(statistics.mean(data), statistics.stdev(data), statistics.pstdev(prices))
for i in range(1, 30):
    values = [Decimal(i * j) / 7 for j in range(1, 6)]
    print(i, statistics.stdev(values), statistics.pstdev(values))
try:
    statistics.mean([Decimal(1), 1.5])
except TypeError as e:
    print(type(e).__name__, e)
try:
    statistics.mean([Decimal(1), Fraction(1, 2)])
except TypeError as e:
    print(type(e).__name__, e)
