# The 4300-digit limit of int<->str conversions (CVE-2020-10735), sys.set_int_max_str_digits and sys.int_info.
import sys

print(sys.int_info)
print(sys.int_info.bits_per_digit, sys.int_info[2], len(sys.int_info), type(sys.int_info).__name__)
print(sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
print(sys.get_int_max_str_digits())

big = 10 ** 4300
exactly = 10 ** 4299
print(len(str(exactly)), len(repr(-exactly)))


def attempt(label, f):
    try:
        r = f()
    except (ValueError, TypeError, OverflowError) as e:
        print(label, type(e).__name__, e)
    else:
        print(label, 'ok', len(r) if isinstance(r, str) else r)


attempt('str', lambda: str(big))
attempt('repr', lambda: repr(big))
attempt('neg', lambda: str(-big))
attempt('fstring', lambda: f'{big}')
attempt('fstring-d', lambda: f'{big:d}')
attempt('fstring-comma', lambda: f'{big:,}')
attempt('format', lambda: format(big, '_'))
attempt('percent-d', lambda: '%d' % big)
attempt('percent-i', lambda: '%i' % big)
attempt('str.format', lambda: '{}'.format(big))
attempt('list-repr', lambda: repr([big]))
attempt('hex', lambda: hex(big))
attempt('bin', lambda: bin(big))
attempt('oct', lambda: oct(big))
attempt('format-x', lambda: format(big, 'x'))
attempt('percent-x', lambda: '%x' % big)
attempt('int-4300', lambda: int('7' * 4300) % 1000)
attempt('int-4301', lambda: int('7' * 4301))
attempt('int-5001', lambda: int('7' * 5001))
attempt('int-signed', lambda: int('  -' + '7' * 4301 + '  '))
attempt('int-underscores', lambda: int('_'.join('1' * 4301)))
attempt('int-zeros', lambda: int('0' * 5000))
attempt('int-trailing', lambda: int('9' * 5000 + '.5'))
attempt('int-base-16', lambda: int('f' * 5000, 16) % 1000)
attempt('int-base-2', lambda: int('1' * 5000, 2) % 1000)
attempt('int-base-36', lambda: int('z' * 5000, 36))
attempt('int-base-7', lambda: int('6' * 4301, 7))
attempt('int-base-0', lambda: int('9' * 4301, 0))
attempt('float', lambda: float('9' * 5000))
attempt('set-100', lambda: sys.set_int_max_str_digits(100))
attempt('set-neg', lambda: sys.set_int_max_str_digits(-1))
attempt('set-str', lambda: sys.set_int_max_str_digits('4300'))
attempt('set-none', lambda: sys.set_int_max_str_digits())
attempt('set-two', lambda: sys.set_int_max_str_digits(1000, 2))
attempt('set-kw', lambda: sys.set_int_max_str_digits(maxdigits=700))
print(sys.get_int_max_str_digits())
attempt('str-700', lambda: str(10 ** 700))
attempt('str-699', lambda: str(10 ** 699))
attempt('int-701', lambda: int('1' * 701))
attempt('set-640', lambda: sys.set_int_max_str_digits(640))
attempt('int-641', lambda: int('1' * 641))
attempt('set-0', lambda: sys.set_int_max_str_digits(0))
print(sys.get_int_max_str_digits())
print(len(str(10 ** 20000)), int('3' * 20000) % 97)
sys.set_int_max_str_digits(4300)
print(big)
