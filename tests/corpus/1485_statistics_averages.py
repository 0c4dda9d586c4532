# statistics: averages and spread of ints, floats and Fractions, bit-identical to CPython's exact algorithms.
import statistics
from statistics import mean, fmean, median, median_low, median_high, mode, multimode
from statistics import stdev, pstdev, variance, pvariance
from fractions import Fraction

scores = [88, 92, 79, 93, 85, 92, 70, 64, 92, 81]
temps = [21.5, 23.1, 19.8, 22.4, 20.9, 24.3, 18.7]
print(mean(scores), fmean(scores), median(scores), median_low(scores), median_high(scores))
print(mode(scores), multimode(scores), multimode([1, 1, 2, 2, 3]), multimode([]), mode("abracadabra"))
print(mean(temps), fmean(temps), median(temps), stdev(temps), pstdev(temps), variance(temps), pvariance(temps))
print(stdev(scores), pstdev(scores), variance(scores), pvariance(scores))
print(mean([1, 2, 3, 4]), mean([1, 2, 3, 4, 4]), type(mean([1, 2, 3])).__name__, mean([True, False, True]))
print(mean([0.1] * 10), sum([0.1] * 10) / 10, fmean([0.1] * 10), mean([1e50, 1, -1e50] * 1000))
print(mean([Fraction(1, 3), Fraction(1, 6)]), variance([Fraction(1, 2), Fraction(3, 4), 1]), mean([1, Fraction(1, 2)]))
print(mean([0.5, Fraction(1, 2), 2]), pvariance([1, 2, 3, 4]), variance([1, 2, 3, 4]), variance([2, 4, 4, 4, 5, 5, 7, 9]))
print(pstdev([2, 4, 4, 4, 5, 5, 7, 9]), stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), pstdev([0.1, 0.2, 0.3]))
print(median([1, 3, 5]), median([1, 3, 5, 7]), median([2.5, 1]), median_low([1, 3, 5, 7]), median_high([1, 3, 5, 7]))
print(median(["b", "a", "c"]), median_low(["d", "a", "c", "b"]), median([Fraction(1, 2), Fraction(1, 3)]))
print(variance(temps, xbar=21.5), pvariance(temps, mu=21.5), stdev([1, 2, 3, 4], 2.5), pstdev([1.5, 2, 3], mu=2))
print(mean(iter([1, 2, 3])), fmean(x * 0.5 for x in range(11)), median(range(10)), mode(iter([3, 1, 3])))
print(fmean([85, 92, 83, 91], weights=[0.2, 0.2, 0.3, 0.3]), fmean([1, 2, 3], [3, 2, 1]))
print(mean([float("inf"), 1]), variance([1, float("inf")]), mean([1.0, float("nan")]), median([3, 1, 2, float("inf")]))

print("--- other averages")
print(statistics.geometric_mean([54, 24, 36]), statistics.harmonic_mean([40, 60]), statistics.harmonic_mean([2.5, 3, 10]))
print(statistics.harmonic_mean([40, 60], weights=[5, 30]), statistics.harmonic_mean([5]), statistics.harmonic_mean([1, 0, 2]))
print(statistics.median_grouped([52, 52, 53, 54]), statistics.median_grouped([1, 3, 3, 5, 7], interval=2))
print(statistics.quantiles(scores), statistics.quantiles(scores, n=10), statistics.quantiles(temps, n=4, method="inclusive"))
print(statistics.quantiles([1, 2], n=3), statistics.quantiles(range(1, 101), n=4))

print("--- relations")
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(statistics.covariance(x, y), statistics.correlation(x, y), statistics.correlation(x, x[::-1]))
fit = statistics.linear_regression(x, [2 * v + 1.5 for v in x])
print(fit, fit.slope, fit.intercept, statistics.linear_regression(x, y, proportional=True))
print(statistics.linear_regression([1, 2, 3], [2.5, 4.1, 6.2]))

print("--- identity")
print(statistics.StatisticsError.__mro__[1].__name__, issubclass(statistics.StatisticsError, ValueError))
print(sorted(n for n in statistics.__all__ if n != "NormalDist"))

print("--- seeded random data sets of ints, floats and Fractions")
import random
rng = random.Random(11)
for i in range(40):
    data = [rng.choice([rng.randint(0, 100), rng.uniform(0, 100), Fraction(rng.randint(0, 100), rng.randint(1, 9))]) for _ in range(rng.randint(2, 12))]
    if rng.random() < 0.5: data = [float(x) for x in data]
    res = []
    for f in (statistics.mean, statistics.fmean, statistics.median, statistics.variance, statistics.stdev, statistics.pvariance, statistics.pstdev, statistics.geometric_mean, statistics.harmonic_mean, statistics.quantiles):
        try: res.append(f(data))
        except Exception as e: res.append(type(e).__name__ + str(e))
    print(res)
