# repr/str of floats (shortest round-trip, the 1e16 switch, -0.0, nan) and round() with ndigits.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for v in [0.1, 0.2 + 0.1, 1/3, 2/3, 1e15, 1e16, 9999999999999998.0, 1e17, 12345678901234567.0, 1e-4, 1e-5, 0.00012,
          1.5e-7, -0.0, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 1e22, 1e23, 123.456, 100.0,
          float('nan'), float('-inf'), 2**53 + 0.0, 2.0**63, 4.35, 0.3, 1.1 * 3, 9007199254740993.0]:
    print(repr(v), str(v), v)
print([0.1, -0.0, 1e16], (1e-7,), {1.5: 2.5})
for x, nd in [(2.675, 2), (0.125, 2), (0.375, 2), (2.5, 0), (3.5, 0), (-2.5, 0), (1.005, 2), (1234.5678, -2),
              (1234.5678, -3), (5e-324, 400), (1e300, -300), (1.5, 400), (0.5, None), (1.5, None), (-0.5, None),
              (2.5, None), (1e22, -22), (1e22, -23), (123.456, 1), (0.1 + 0.2, 15), (0.1 + 0.2, 16), (1e-20, 25),
              (-0.0, 1), (-0.4, 0), (15.0, -1), (25.0, -1), (35.0, -1), (float('inf'), 2), (float('nan'), 2),
              (1.7976931348623157e308, -308), (1.7976931348623157e308, -309), (0.5e-323, 323)]:
    if nd is None:
        t('round(%r)' % x, lambda: round(x))
    else:
        t('round(%r, %r)' % (x, nd), lambda: round(x, nd))
for x, nd in [(1234, -2), (1250, -2), (1350, -2), (-1250, -2), (5, -1), (15, -1), (25, -1), (-15, -1), (7, 2),
              (10**30 + 5 * 10**10, -11), (123, 0), (123, None), (True, 2), (0, -5), (99, -2), (49, -2)]:
    t('round(%r, %r)' % (x, nd), lambda: round(x, nd))
t('round inf', lambda: round(float('inf')))
t('round nan', lambda: round(float('nan')))
t('round str', lambda: round('1'))
t('round nd float', lambda: round(1.5, 1.0))
t('round nd none', lambda: round(1.5, None))
t('round kw', lambda: round(number=2.5, ndigits=0))
t('round big int', lambda: round(10**30 // 7, -10))
t('round type', lambda: type(round(2.5, 0)).__name__)
t('round int type', lambda: type(round(25, -1)).__name__)
t('round huge nd', lambda: round(1.5, 10**20))
t('round float huge neg nd', lambda: round(1.5, -10**20))
