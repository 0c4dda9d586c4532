# cmath's inverse functions on a grid of parts (ordinary, near the branch points, huge, subnormal, signed zeros,
# infinities, NaN): every result's repr, and the errors (atanh(1) is a domain error).
import cmath, math
inf, nan = math.inf, math.nan
parts = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -3.5, 1e-310, -1e-300, 1e-20, 1e154, 1e200, -1e308, 1.7e308, 0.9999999999, 1.0000000001, inf, -inf, nan]
names = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh']
for name in names:
    f = getattr(cmath, name)
    for re_ in parts:
        out = []
        for im in parts:
            try:
                out.append(repr(f(complex(re_, im))))
            except Exception as e:
                out.append(type(e).__name__ + ':' + str(e))
        print(name, repr(re_), ' '.join(out))
for name in names:
    f = getattr(cmath, name)
    out = []
    for x in (0, 1, -1, 2, 0.3, True, 10**20, -0.0, 1e-5, 0.999):
        try:
            out.append(repr(f(x)))
        except ValueError as e:
            out.append(str(e))
    print(name, out)
for call in [lambda: cmath.atanh(1), lambda: cmath.atanh(-1), lambda: cmath.atan(1j), lambda: cmath.atan(-1j), lambda: cmath.acos('x'), lambda: cmath.asin(), lambda: cmath.asinh(1, 2),
             lambda: cmath.acosh(z=1), lambda: cmath.atanh(complex(1, -0.0)), lambda: cmath.atanh(complex(1, 1e-160)), lambda: cmath.atan(complex(1e-160, -1))]:
    try:
        print(repr(call()))
    except Exception as e:
        print(type(e).__name__, e)
for z in [0.3 + 0.4j, -2 + 1j, 1e-8 - 3j]:
    for a, b in [('acos', 'cos'), ('asin', 'sin'), ('atan', 'tan'), ('acosh', 'cosh'), ('asinh', 'sinh'), ('atanh', 'tanh')]:
        print(a, z, getattr(cmath, b)(getattr(cmath, a)(z)))
# glibc's hypot (under abs) is not always correctly rounded; atan2 keeps the sign of a y too small to matter.
print(abs(complex(699.175295067962 / 8, 403.7993237759058 / 8)), abs(complex(3e-320, 4e-320)), abs(complex(1e300, 1e290)))
print(math.atan2(-1e-300, -1e308), math.atan2(-1e-300, 1e308), math.atan2(1e-310, -1e300), cmath.phase(complex(-1e308, -1e-300)))
# A traceback through a comprehension marks all of it in the caller's line.
print([repr(cmath.atanh(x)) for x in (0.5, 1)])
