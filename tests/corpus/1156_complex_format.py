def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__+':', e)
z = 1.5-2.25j
t(lambda: f'{z:.2f}')
t(lambda: f'{z}')
t(lambda: format(z, ''))
t(lambda: format(z, '>20'))
t(lambda: bytes.__new__(bytes, b'x'))
t(lambda: f'{b"x"!r:>8}')
t(lambda: format(b'x', ''))
t(lambda: format(b'x', '5'))
t(lambda: '%s' % 1j)
t(lambda: '%r %s' % (b'a', bytearray(b'b')))
t(lambda: str(1j))
t(lambda: [1j, b'x', bytearray(b'y')])
for spec in ['', '.3', '.2e', '+.1f', ' g', '<15', '^16.2f', '*>14', 'g', '10', '#g']:
    for z in [1.5-2.25j, 2j, -0.0+1j, complex(1e20, -1e-5), 3+0j]:
        t(lambda: format(z, spec))
t(lambda: format(1j, '010'))
t(lambda: format(1j, '=10'))
t(lambda: format(1j, 'd'))
t(lambda: format(1j, '%'))
