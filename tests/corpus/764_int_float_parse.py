# int(str, base) and float(str): bases, prefixes, underscores, whitespace, signs, specials and the error messages.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for s, b in [('42', 10), (' 42 ', 10), ('\t-42\n', 10), ('+7', 10), ('1_000', 10), ('1__000', 10), ('_1', 10),
             ('1_', 10), ('0x1F', 16), ('0x1F', 0), ('1F', 16), ('0b101', 0), ('0o17', 0), ('017', 0), ('0', 0),
             ('00', 0), ('0_0', 0), ('0x_1f', 0), ('0x', 0), ('z', 36), ('Z', 36), ('10', 2), ('12', 2), ('', 10),
             ('  ', 10), ('-', 10), ('1.5', 10), ('١٢٣', 10), ('12', 1), ('12', 37), ('12', -1), ('0b', 2), ('0B11', 2),
             ('0X', 16), ('-0x10', 16), ('- 5', 10), ('5 5', 10), ('0o8', 0), ('9' * 30, 10), ('1e5', 10),
             ('\u00a0 12 \u2003', 10), ('0_7', 0), ('07', 8)]:
    t('int(%r, %r)' % (s, b), lambda: int(s, b))
t('int no base', lambda: int(' -12_3 '))
t('int float str', lambda: int('3.0'))
t('int base kw', lambda: int('ff', base=16))
t('int non-str base', lambda: int(5, 10))
t('int float', lambda: int(-3.9))
t('int big float', lambda: int(1e20))
t('int inf', lambda: int(float('inf')))
t('int nan', lambda: int(float('nan')))
t('int list', lambda: int([1]))
t('int None', lambda: int(None))
t('int bool', lambda: int(True))
t('int base float', lambda: int('12', 2.0))
t('int long msg', lambda: int('x' * 300))
t('int empty msg', lambda: int(''))
for s in ['1.5', ' 1.5 ', '-1.5e3', '1e-3', '.5', '5.', '1_000.5', '1__0', '_1', '1_', '1_e5', '1e_5', 'inf', '-inf',
          '+inf', 'Infinity', '-INFINITY', 'nan', '-nan', 'NaN', 'infinit', 'x', '', ' ', '1e', 'e5', '1.2.3', '0x10',
          '1e400', '-1e400', '1e-400', '\u00a01.5\u2003', '١٫٥', '١.٥', '0.1e+1_0', '1_0.0_1', '00.5', '+.5e-2',
          'in f', '- 1', '12' * 200]:
    t('float(%r)' % s, lambda: float(s))
t('float int', lambda: float(10**20))
t('float huge int', lambda: float(10**400))
t('float neg huge int', lambda: float(-10**400))
t('float bool', lambda: float(True))
t('float list', lambda: float([1]))
t('float None', lambda: float(None))
t('float 2**1024', lambda: float(2**1024))
t('float just under', lambda: float(2**1024 - 2**970))
t('float round-half-even', lambda: float(2**53 + 1))
t('float round up', lambda: float(2**53 + 3))
class F:
    def __float__(self): return 1.25
class Bad:
    def __float__(self): return 1
class Idx:
    def __index__(self): return 7
t('float __float__', lambda: float(F()))
t('float bad __float__', lambda: float(Bad()))
t('float __index__', lambda: float(Idx()))
t('int __index__', lambda: int(Idx()))
