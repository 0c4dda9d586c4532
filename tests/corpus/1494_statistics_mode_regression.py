# statistics: mode and multimode tie-breaking, unhashable data, LinearRegression as a tuple.
import statistics

print(statistics.mode([3, 1, 1, 3, 2]), statistics.mode("mississippi"), statistics.mode([2.5, 1, 1.0, 2.5]))
print(statistics.multimode("aabbbcccd"), statistics.multimode([True, 1, 0, False]), statistics.mode(x % 3 for x in range(10)))
fit = statistics.linear_regression([1, 2, 3, 4], [3, 5, 7, 9.5])
slope, intercept = fit
print(fit, slope, intercept, fit[0], len(fit), isinstance(fit, tuple), fit == (fit.slope, fit.intercept))
print(type(fit).__name__, fit._fields, fit._asdict())
try:
    statistics.mode([[1], [2]])
except TypeError as error:
    print("TypeError:", error)
