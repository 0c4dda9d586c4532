# statistics: StatisticsError and TypeError messages for empty, too-short and wrongly typed data.
import statistics
from fractions import Fraction


def attempt(label, compute):
    try:
        result = compute()
    except Exception as error:
        print(label, "->", type(error).__name__ + ":", error)
    else:
        print(label, "->", repr(result))


attempt("mean []", lambda: statistics.mean([]))
attempt("fmean []", lambda: statistics.fmean([]))
attempt("fmean iter", lambda: statistics.fmean(iter([])))
attempt("median []", lambda: statistics.median([]))
attempt("median_low []", lambda: statistics.median_low([]))
attempt("median_high []", lambda: statistics.median_high([]))
attempt("median_grouped []", lambda: statistics.median_grouped([]))
attempt("mode []", lambda: statistics.mode([]))
attempt("variance [1]", lambda: statistics.variance([1]))
attempt("stdev [1]", lambda: statistics.stdev([1]))
attempt("pvariance []", lambda: statistics.pvariance([]))
attempt("pstdev []", lambda: statistics.pstdev([]))
attempt("quantiles [1]", lambda: statistics.quantiles([1]))
attempt("quantiles n=0", lambda: statistics.quantiles([1, 2, 3], n=0))
attempt("quantiles method", lambda: statistics.quantiles([1, 2, 3], method="middle"))
attempt("geometric_mean [0]", lambda: statistics.geometric_mean([0, 1]))
attempt("geometric_mean []", lambda: statistics.geometric_mean([]))
attempt("harmonic_mean []", lambda: statistics.harmonic_mean([]))
attempt("harmonic_mean neg", lambda: statistics.harmonic_mean([1, -2]))
attempt("harmonic_mean one neg", lambda: statistics.harmonic_mean([-2]))
attempt("harmonic_mean str", lambda: statistics.harmonic_mean(["a"]))
attempt("harmonic weights", lambda: statistics.harmonic_mean([1, 2], weights=[1]))
attempt("fmean weights", lambda: statistics.fmean([1, 2], weights=[1]))
attempt("fmean zero weights", lambda: statistics.fmean([1, 2], weights=[0, 0]))
attempt("mean str", lambda: statistics.mean(["a", "b"]))
attempt("mean mixed", lambda: statistics.mean([1, "2"]))
attempt("mean complex", lambda: statistics.mean([1j]))
attempt("variance str", lambda: statistics.variance(["a", "b"]))
attempt("median mixed", lambda: statistics.median([1, "a"]))
attempt("mean None", lambda: statistics.mean(None))
attempt("mode unhashable", lambda: statistics.mode([[1], [1]]))
attempt("stdev nan", lambda: statistics.stdev([1, float("nan")]))
attempt("covariance lengths", lambda: statistics.covariance([1, 2], [1]))
attempt("covariance short", lambda: statistics.covariance([1], [1]))
attempt("correlation constant", lambda: statistics.correlation([1, 1, 1], [1, 2, 3]))
attempt("correlation lengths", lambda: statistics.correlation([1, 2], [1, 2, 3]))
attempt("regression constant", lambda: statistics.linear_regression([2, 2], [1, 2]))
attempt("regression short", lambda: statistics.linear_regression([2], [1]))
attempt("regression lengths", lambda: statistics.linear_regression([1, 2], [1]))
attempt("mean fraction float", lambda: statistics.mean([Fraction(1, 3), 0.5]))
attempt("variance bools", lambda: statistics.variance([True, False, True]))
try:
    statistics.mean([])
except ValueError as error:
    print("caught as ValueError:", type(error).__name__, type(error).__module__, repr(error))
