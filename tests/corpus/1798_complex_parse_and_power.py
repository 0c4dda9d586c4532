# complex(): Unicode digits and spaces, underscores between digits (their own error naming the text), and complex
# powers whose modulus is 1 with a big exponent (C's pow(1, y) is 1; ours reached libm's pow outside its domain).
for s in ['1_x', '_1', '1__2j', 'abc', '1+', '', '1_0j', '٣', ' 1+2j ', '(1+2j)', '1_000+2_5j', '( 1_0 )', '\u00a01j\u2003', '1e1_0j', '1.5_0', 'inf_j', 'x' * 300 + '_']:
    try: print(repr(complex(s)))
    except ValueError as e: print(e)
print(1j ** float(2**65), 1j ** 2**65, complex(0,1) ** complex(2**65, 0), 1j ** 2.0**60, 1j ** 1e17)
print(1j ** 101, (1+1j) ** 200, (1+1j) ** 100, 2j ** -3, 1j ** 0.5, (-1+0j) ** 0.5, 1j ** 1j, (3+4j) ** (1+2j))
for z in ((1+0j) ** float('inf'), (2+0j) ** 1e300 if False else 0):
    print(z)
try: print((2+0j) ** 1e300)
except OverflowError as e: print('OverflowError', e)
try: print(0j ** -1)
except ZeroDivisionError as e: print('ZeroDivisionError', e)
print((0.5+0j) ** 1e300, 0j ** 2.5, (1j) ** -2.0**65)
