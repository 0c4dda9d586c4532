# center/ljust/rjust of bytes and bytearray: CPython's split of an odd margin, and the fill argument's errors.
for value in (b'', b'a', b'ab', b'abc', bytearray(b'xy')):
    for width in range(0, 8):
        print(width, value.center(width, b'*'), value.ljust(width, b'-'), value.rjust(width), value.zfill(width))
for f in [lambda: b'a'.center(5, 'x'), lambda: b'a'.ljust(5, b'xy'), lambda: bytearray(b'a').rjust(5, 3)]:
    try:
        f()
    except TypeError as e:
        print('TypeError:', e)
