# int and float methods and attributes: bit_length/bit_count, as_integer_ratio, hex/fromhex, from_bytes, real/imag.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for v in [0, 1, -1, 255, -256, 2**64 - 1, -2**100, True, False]:
    t('ints %r' % v, lambda: (v.bit_length(), v.bit_count(), v.as_integer_ratio(), v.conjugate(), v.real, v.imag, v.numerator, v.denominator))
t('real is self', lambda: (1000).real is (1000).real)
for v in [1.0, 0.1, -0.0, 0.0, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, float('inf'), float('-inf'), float('nan'), 3.5, 1e-310, -2.5e100, 1/3]:
    t('hex %r' % v, lambda: v.hex())
    t('ratio %r' % v, lambda: v.as_integer_ratio())
    t('is_integer %r' % v, lambda: v.is_integer())
    t('roundtrip %r' % v, lambda: float.fromhex(v.hex()) == v or v != v)
    t('attrs %r' % v, lambda: (v.real, v.imag, v.conjugate()))
for s in ['0x1.8p1', '  -0X1.8P-1  ', '1.8p1', 'inf', '-Infinity', 'nan', '0x.8', '0x8.', '0x1p-1074', '0x1p-1075',
          '0x1.0000000000001p-1075', '0x3p-1076', '0x1p1024', '0x1.fffffffffffff8p1023', '0x1.fffffffffffff7p1023', '0xg',
          '', '0x', '0x1p', '0x1.8p+1_0', '1', 'ff', '0x1.ffffffffffffffp0', '0x1p-100000000000', '0x1p100000000000',
          '0x0p100000000000', '0x.p1', '.', '0x1.0000000000000ap0', '0x1.00000000000008p0', '0x1.00000000000018p0']:
    t('fromhex %r' % s, lambda: float.fromhex(s))
t('from_bytes', lambda: (int.from_bytes([1, 2], 'big'), int.from_bytes([1, 2], 'little'), int.from_bytes([255], 'big', signed=True), int.from_bytes([], 'big'), int.from_bytes([1, 0]), int.from_bytes((255, 255), byteorder='little', signed=True), int.from_bytes(range(3), 'big')))
t('from_bytes 256', lambda: int.from_bytes([256], "big"))
t('from_bytes middle', lambda: int.from_bytes([1], "middle"))
t('from_bytes int', lambda: int.from_bytes(5, "big"))
t('from_bytes str', lambda: int.from_bytes("ab", "big"))
t('from_bytes float item', lambda: int.from_bytes([1.5], "big"))
t('from_bytes negative item', lambda: int.from_bytes([-1], "big"))
t('bit_length arg', lambda: (5).bit_length(1))
t('fromhex int', lambda: float.fromhex(5))
t('as_integer_ratio arg', lambda: (5).as_integer_ratio(1))
t('from_bytes no args', lambda: int.from_bytes())
t('hex arg', lambda: (1.5).hex(2))
t('fromhex on instance', lambda: (1.0).fromhex('0x2p0'))
t('from_bytes on True', lambda: True.from_bytes([7], 'big'))
