# statistics.NormalDist: pdf, cdf, inv_cdf (AS241), quantiles, overlap, zscore, arithmetic, samples with a seed.
from statistics import NormalDist, StatisticsError
import statistics

iq = NormalDist(100, 15)
print(iq, repr(NormalDist()), iq.mean, iq.median, iq.mode, iq.stdev, iq.variance)
print(iq.pdf(100), iq.pdf(130), iq.cdf(130), iq.cdf(70), iq.cdf(100), NormalDist().cdf(1.96))
print(iq.inv_cdf(0.5), iq.inv_cdf(0.975), iq.inv_cdf(0.01), iq.inv_cdf(1e-10), iq.inv_cdf(0.9999999), NormalDist().inv_cdf(0.3))
print(iq.quantiles(), iq.quantiles(10), NormalDist(0, 1).quantiles(n=3))
print(iq.zscore(130), NormalDist(2.5, 0.5).overlap(NormalDist(5.0, 1.0)), iq.overlap(NormalDist(110, 15)), iq.overlap(iq))
heights = NormalDist.from_samples([1.62, 1.75, 1.81, 1.69, 1.77, 1.58, 1.73])
print(heights, heights.mean, heights.stdev)
print(iq + 10, iq - 5, iq * 2, iq / 3, -iq, +iq, 10 + iq, 200 - iq, 2 * iq, iq + NormalDist(0, 20), iq - NormalDist(50, 8))
print(iq == NormalDist(100, 15), iq == NormalDist(100, 16), iq == 100, hash(iq) == hash(NormalDist(100.0, 15.0)))
print(NormalDist(5, 2).samples(4, seed=42), len(iq.samples(10)), [round(x, 6) for x in NormalDist().samples(3, seed="seed")])
print("NormalDist" in statistics.__all__, NormalDist.__slots__)
for action in (lambda: NormalDist(0, -1), lambda: NormalDist(1, 0).pdf(1), lambda: NormalDist(1, 0).cdf(1),
               lambda: iq.inv_cdf(0), lambda: iq.inv_cdf(1.5), lambda: NormalDist(1, 0).inv_cdf(0.5),
               lambda: NormalDist(1, 0).zscore(2), lambda: iq.overlap(5), lambda: NormalDist(1, 0).overlap(iq),
               lambda: NormalDist.from_samples([1])):
    try:
        action()
    except (StatisticsError, TypeError) as error:
        print(type(error).__name__ + ":", error)
