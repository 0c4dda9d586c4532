# cmath probe: every function over ordinary, huge, subnormal, signed-zero, infinite and NaN parts (C99 Annex G's
# special values), its errors, argument conversion and constants; math.atan2 and hypot at the ends of the range.
import cmath, math
inf, nan = math.inf, math.nan
vals = [0j, complex(-0.0, 0.0), complex(0.0, -0.0), complex(-0.0, -0.0), 1 + 0j, -1 + 0j, 1j, -1j, 3 + 4j, -3 - 4j, 0.5 - 2j, 1e-310 + 1e-310j, 1e308 + 1e308j, -1e308 + 0j,
        complex(inf, 0), complex(-inf, 0), complex(inf, 1), complex(-inf, -1), complex(0, inf), complex(1, -inf), complex(inf, inf), complex(-inf, inf),
        complex(nan, 0), complex(0, nan), complex(nan, nan), complex(inf, nan), complex(nan, inf), complex(nan, 1), complex(710, 1), complex(-710, 1), complex(1, 710), complex(1000, 0.5)]
for name in ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'sinh', 'cosh', 'tanh', 'phase', 'polar', 'isnan', 'isinf', 'isfinite']:
    f = getattr(cmath, name)
    out = []
    for v in vals:
        try:
            out.append(repr(f(v)))
        except Exception as e:
            out.append(type(e).__name__)
    print(name, ' '.join(out))
for r, phi in [(1, 0), (2, math.pi / 2), (inf, 1), (-inf, 2), (inf, 0), (0, inf), (1, inf), (nan, 0), (nan, 1), (-0.0, -0.0), (1, nan), (inf, nan)]:
    try:
        print('rect', r, phi, cmath.rect(r, phi))
    except Exception as e:
        print('rect', r, phi, type(e).__name__, e)
print(cmath.log(8, 2), cmath.log(1j, 1j), cmath.log(-1, 10))
for call in [lambda: cmath.log(1, 1), lambda: cmath.log(0), lambda: cmath.log(1, 0), lambda: cmath.sqrt('a'), lambda: cmath.sqrt(), lambda: cmath.sqrt(1, 2), lambda: cmath.log(), lambda: cmath.log(1, 2, 3),
             lambda: cmath.rect(1), lambda: cmath.isclose(1), lambda: cmath.isclose(1, 1 + 1e-10j), lambda: cmath.isclose(1j, 1.1j, rel_tol=0.2), lambda: cmath.isclose(1, 2, abs_tol=-1),
             lambda: cmath.isclose(complex(inf, 0), complex(inf, 0)), lambda: cmath.isclose(nan, nan), lambda: cmath.exp(1000), lambda: cmath.cosh(1000), lambda: cmath.polar(1e308 + 1e308j), lambda: cmath.sqrt(True), lambda: cmath.exp(complex(0, inf))]:
    try:
        print(repr(call()))
    except Exception as e:
        print(type(e).__name__, e)
class C:
    def __complex__(self): return 2j
class F:
    def __float__(self): return 4.0
class I:
    def __index__(self): return 9
print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.sqrt(I()), cmath.sqrt(-4), cmath.sqrt(2))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(math.atan2(1e308, 1e308), math.atan2(-1e308, -1e300), math.atan2(1e-310, -1e-310), abs(1e-310 + 1e-310j), abs(3e-320 + 4e-320j), abs(1e308 + 1e307j))
