# math functions and float ** over grids of ordinary values: the last digit must be glibc's, as CPython prints it
# (math.tan and math.cbrt are left out: glibc's are not correctly rounded and ours are, e.g. tan(8.25), cbrt(0.125)).
import math
xs = [i / 8 for i in range(1, 81)] + [i / 10 for i in range(1, 101)] + [1e-5, 1e-3, 123.456, 1e5, 1e10, 1e100, 1e-100, 709.5, -700.25]
names = ['exp', 'log', 'log10', 'sqrt', 'cosh', 'erf', 'erfc', 'lgamma', 'atanh', 'gamma', 'sin', 'cos',
         'atan', 'asin', 'acos', 'sinh', 'tanh', 'asinh', 'acosh', 'expm1', 'log1p', 'log2', 'exp2']
for name in names:
    f = getattr(math, name)
    out = []
    for x in xs:
        for v in (x, -x):
            try:
                out.append(repr(f(v)))
            except (ValueError, OverflowError) as e:
                out.append(type(e).__name__[0])
    print(name, ' '.join(out))
for b in [0.5, 1.1, 1.5, 2.0, 2.5, 3.0, 7.0, 9.0, 10.0, 0.1, 1.05, 123.456]:
    print('pow', b, ' '.join(repr(b ** (e / 4)) for e in range(-40, 41)))
    print('powi', b, ' '.join(repr(b ** e) for e in range(-30, 31)))
print([repr(float(i) ** j) for i in range(2, 30) for j in (17, 19, 23)])
print(1.05 ** 10, 1000 * 1.05 ** 30, (1 + 0.05 / 12) ** 120, 2 ** 0.5, 10 ** -3, 3 ** -2, 0.1 ** 3, math.e ** 2)
