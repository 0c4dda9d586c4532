import math
print(math.pi, math.e, math.sqrt(2), math.sqrt(16), math.floor(2.7), math.ceil(2.1), math.floor(-2.5))
print(math.factorial(20), math.gcd(12, 18), math.isqrt(99), math.trunc(-3.9))
print(math.log(100, 10), math.log10(1000), math.log2(8), math.exp(1) == math.e, math.hypot(3, 4))
print(math.isclose(0.1 + 0.2, 0.3), math.isinf(math.inf), math.isnan(math.nan), math.fabs(-2))
print(round(math.sin(math.pi / 6), 10), round(math.cos(0), 3), math.pow(2, 10))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
