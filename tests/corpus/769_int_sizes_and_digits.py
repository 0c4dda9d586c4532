# sys.getsizeof of ints and floats, the 4300-digit limit of int<->str, bin/oct/hex, big-int arithmetic.
import sys
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for v in [0, 1, -1, 2**30 - 1, 2**30, -2**30, 2**60 - 1, 2**60, 2**90, -2**90, 10**100, 2**1000, True, False]:
    print('sizeof', v if abs(v) < 10**20 else 'big', sys.getsizeof(v))
print('sizeof floats', sys.getsizeof(0.0), sys.getsizeof(1e300), sys.getsizeof(float('nan')))
t('str 4300', lambda: len(str(10**4299)))
t('str 4301', lambda: str(10**4300))
t('repr neg', lambda: repr(-10**4300))
t('int 5000 digits', lambda: int('9' * 5000))
t('int 4300 digits', lambda: int('9' * 4300) > 0)
t('hex big', lambda: hex(10**5000)[:12])
t('format x big', lambda: format(10**5000, 'x')[:10])
t('format d big', lambda: format(10**5000, 'd'))
t('percent d big', lambda: '%d' % 10**5000)
t('fstring big', lambda: f'{10**5000}')
t('int base 16 long', lambda: int('f' * 5000, 16) > 0)
t('float long str', lambda: float('1' * 5000))
t('bin oct hex', lambda: (bin(10), oct(-8), hex(255), bin(0), hex(-0), bin(True), hex(2**70)))
t('bin float', lambda: bin(1.5))
t('hex str', lambda: hex('a'))
t('big ops', lambda: (2**100 // 3, -(2**100) // 3, 2**100 % 7, -(2**100) % 7, divmod(-(2**100), 7), (2**100) >> 90, -(2**100) >> 95, 1 << 100, ~(2**70), -(2**70) & 0xFFFF, (2**70) | 1, (2**70) ^ (2**69)))
t('neg shift', lambda: 1 << -1)
t('neg rshift', lambda: 1 >> -1)
t('pow big', lambda: (3**200) % 1000)
t('abs big', lambda: abs(-(2**80)))
t('cmp mixed', lambda: (2**80 > 1e20, 2**80 < 1e30, -2**80 < -1e20, 2**80 == float(2**80)))
t('int float sum', lambda: sum([1, 2.5, 2**60]))
t('bool arith', lambda: (True + True, True * 2.5, True / 2, -True, ~True, True ** 10, True // 2, 7 % True))
