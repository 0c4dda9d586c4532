# Literal forms: imaginary numbers (leading zeros allowed), raw and triple-quoted bytes, escapes.
print(01j, 00j, 1_0j, 1e3j, .5j, 5.j, 1J, -2j, 1e400j, 0.0j)
print(rb'\x41\n', Br'\d', bR'\\', b'''line one
line two''', b"\x00\x7f\x80\xff", b'\101\102\7', b'\777', b'\u0041\N{DASH}', b'tab\tend')
print(b'a' b'b' b"c", (b'x'
    b'y'), len(b'\
continued'))
print(-1j, +1j, 2 * 1j, 1 + 2j == complex(1, 2), type(1j).__name__, type(b'').__name__)
