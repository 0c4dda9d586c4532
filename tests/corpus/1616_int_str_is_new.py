# An int's str() and repr() are new str objects even for one digit (long_to_decimal_string does not use the
# latin-1 singletons), while slicing, %-formatting and __format__ give the singleton.
import sys
five = '5'
x = 5
print('str/repr', str(x) is five, repr(x) is five, str(x) is str(x), x.__str__() is five, int.__repr__(x) is five)
print('format', format(x) is five, format(x, '') is five, f'{x}' is five, f'{x!r}' is five, f'{x!a}' is five, ascii(x) is five)
print('singleton', format(x, 'd') is five, f'{x:d}' is five, x.__format__('') is five, '%d' % x is five, '{}'.format(x) is five)
print('slices', str(x)[0] is five, str(15)[1] is five, chr(53) is five, str(x) == five)
print('interned', sys.intern(str(x)) is five)
