# Float floor division, modulo and divmod as CPython's float_divmod; float ** and pow() with its errors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

pairs = [(1.5, 0.1), (7.0, 2.0), (-7.0, 2.0), (7.0, -2.0), (-7.0, -2.0), (1.0, 0.1), (0.3, 0.1), (-0.0, 1.0),
         (0.0, -1.0), (5.0, float('inf')), (-5.0, float('inf')), (float('inf'), 2.0), (float('nan'), 1.0),
         (1e308, 1e-308), (7, 0.5), (-1e-300, 1e300), (2.5, 1), (10, 3.0), (-10, 3.0), (1e22, 3.0), (0.7, 0.1),
         (6.0, 0.2), (3.5, -0.5), (-3.5, 0.5), (1.0, -float('inf')), (-1.0, -float('inf'))]
for a, b in pairs:
    t('%r // %r' % (a, b), lambda: a // b)
    t('%r %% %r' % (a, b), lambda: a % b)
    t('divmod(%r, %r)' % (a, b), lambda: divmod(a, b))
t('1.0 // 0.0', lambda: 1.0 // 0.0)
t('1.0 % 0.0', lambda: 1.0 % 0.0)
t('divmod(1.0, 0.0)', lambda: divmod(1.0, 0.0))
t('1 / 0.0', lambda: 1 / 0.0)
t('1 // 0', lambda: 1 // 0)
t('1 % 0', lambda: 1 % 0)
t('divmod(1, 0)', lambda: divmod(1, 0))
t('1 / 0', lambda: 1 / 0)
for a, b in [(2.0, 0.5), (2.0, -1.0), (0.0, -1.0), (0.0, -1), (0, -1), (0.0, 0.0), (-0.0, -1.0), (-0.0, -3.0),
             (-0.0, -2.0), (10.0, 400.0), (10, 400.0), (2, 1024.0), (2.0, 1024),
             (1e300, 2), (-1e300, 3), (float('inf'), -1), (float('-inf'), 3), (float('-inf'), 2.0),
             (float('-inf'), -3.0), (float('nan'), 0), (1.0, float('nan')), (-1.0, float('inf')),
             (0.5, float('-inf')), (1e-300, -2.0), (2, -2), (-2, -3), (10, -400), (2, 0.5),
             (1.0000001, 10**10), (-2.0, 1e20), (-2.0, 1e20 + 1)]:
    t('%r ** %r' % (a, b), lambda: a ** b)
t('0 ** -1', lambda: 0 ** -1)
t('0 ** -1.5', lambda: 0 ** -1.5)
t('pow(3, -1, 7)', lambda: pow(3, -1, 7))
t('pow(38, -1, 97)', lambda: pow(38, -1, 97))
t('pow(2, -1, 4)', lambda: pow(2, -1, 4))
t('pow(3, -2, 7)', lambda: pow(3, -2, 7))
t('pow(-3, -1, 7)', lambda: pow(-3, -1, 7))
t('pow(3, -1, -7)', lambda: pow(3, -1, -7))
t('pow(2, 10, 1000)', lambda: pow(2, 10, 1000))
t('pow(-2, 3, 5)', lambda: pow(-2, 3, 5))
t('pow(2, 3, -5)', lambda: pow(2, 3, -5))
t('pow(2, 3, 0)', lambda: pow(2, 3, 0))
t('pow(2, 3, 1)', lambda: pow(2, 3, 1))
t('pow(2, 3, -1)', lambda: pow(2, 3, -1))
t('pow(2.0, 3, 5)', lambda: pow(2.0, 3, 5))
t('pow(2, 3.0, 5)', lambda: pow(2, 3.0, 5))
t('pow(2, 3, 5.0)', lambda: pow(2, 3, 5.0))
t('pow(2, 3, None)', lambda: pow(2, 3, None))
t('pow("a", 3, 5)', lambda: pow('a', 3, 5))
t('pow big', lambda: pow(12345678901234567890, 98765432109876543210, 10**20 + 39))
t('pow kw', lambda: pow(base=2, exp=5, mod=7))
t('pow(True, 2, 5)', lambda: pow(True, 2, 5))
t('pow 0 0 1', lambda: pow(0, 0, 1))
t('pow 0 0', lambda: pow(0, 0))
t('pow 2 -2', lambda: pow(2, -2))
t('pow 2.5 2', lambda: pow(2.5, 2))
t('float ** overflow', lambda: 1.5 ** 10000)
t('int ** neg float', lambda: 2 ** -1.0)
t('int ** big neg', lambda: 10 ** -400)
t('float mul overflow', lambda: 1e308 * 10)
t('float add overflow', lambda: 1e308 + 1e308)
t('float sub', lambda: 0.1 - 0.3)
t('int * float', lambda: 3 * 0.1)
t('big int + float', lambda: 10**400 + 1.0)
t('big int * float', lambda: 10**400 * 0.0)
t('float - big int', lambda: 1.0 - 10**400)
t('big int // float', lambda: 10**400 // 1.0)
t('float // big int', lambda: 1.0 // 10**400)
t('neg zero ops', lambda: (-0.0 + 0.0, -0.0 - 0.0, -0.0 * 1, 0.0 * -1, -0.0 + -0.0))
t('abs neg zero', lambda: abs(-0.0))
t('-(0.0)', lambda: -(0.0))
t('-(0)', lambda: -(0))
t('inf - inf', lambda: float('inf') - float('inf'))
t('inf * 0', lambda: float('inf') * 0)
