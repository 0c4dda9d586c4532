# struct: pack/unpack/calcsize/iter_unpack/pack_into/unpack_from/Struct over every format char, byte orders,
# native alignment, pad/str/pascal strings, half/single/double floats and struct.error's messages.
import struct
print(struct.Struct('<ih').format, struct.Struct(b'<ih').format)
def t(f, *a):
    try:
        print(f.__name__, a, '->', f(*a))
    except Exception as e:
        print(f.__name__, a, '!!', type(e).__name__, e)
for fmt, v in [('b',128),('b',-129),('B',-1),('B',256),('h',40000),('H',-1),('i',2**31),('I',-1),('l',2**63),('L',-1),('q',2**63),('Q',-1),('Q',2**64),('n',2**63),('N',-1),('P',-1),
               ('<b',128),('<B',256),('<h',40000),('<H',-1),('<i',2**31),('<I',-1),('<l',2**31),('<L',2**32),('<q',2**63),('<Q',-1),('>Q', 2**64),
               ('i',1.5),('i','x'),('<i',None),('f','x'),('f',1e300),('<f',1e300),('e',1e6),('<e',70000.0),('c',b'ab'),('c','a'),('s','a'),('p',1),('?',[]),('<n',1),('<P',1),('y',1),('3',1),('<i ',1),(' i',1), ('2 i',1), ('ii',1)]:
    t(struct.pack, fmt, v)
t(struct.pack, 'ii', 1, 2, 3)
t(struct.pack, 'i')
t(struct.unpack, 'i', b'abc')
t(struct.unpack, '<i', b'abcde')
t(struct.unpack, 'i', 'abcd')
t(struct.calcsize, 'bhiqd')
t(struct.calcsize, '@bhiqd')
t(struct.calcsize, '=bhiqd')
t(struct.calcsize, 'ci')
t(struct.calcsize, 'c0l')
t(struct.calcsize, 'xxh5sp')
t(struct.calcsize, 'y')
t(struct.calcsize, 'e')
t(struct.pack, '5s', b'hello world')
t(struct.pack, '5s', b'hi')
t(struct.pack, '5p', b'hello world')
t(struct.pack, '0s', b'hi')
t(struct.unpack, '5p', b'\x09hello')
t(struct.pack, '>d', 1.5)
t(struct.pack, '<e', 1/3)
t(struct.unpack, '<e', b'\x55\x35')
t(struct.pack, '>f', 0.1)
t(struct.unpack, '>f', struct.pack('>f', 0.1))
t(struct.pack, 'f', float('nan'))
t(struct.pack, 'd', float('-inf'))
t(struct.pack, '?', 5)
t(struct.unpack, '?', b'\x05')
print(type(struct.iter_unpack("<h", b"")).__name__)
print(list(struct.iter_unpack('<h', b'\x01\x00\x02\x00')))
t(struct.iter_unpack, '<h', b'\x01\x00\x02')
t(struct.iter_unpack, '0s', b'')
t(struct.unpack_from, '<h', b'\x01\x00\x02\x00', 2)
t(struct.unpack_from, '<h', b'\x01\x00\x02\x00', 3)
t(struct.unpack_from, '<h', b'\x01\x00\x02\x00', -2)
t(struct.unpack_from, '<h', b'\x01\x00\x02\x00', -5)
ba = bytearray(6)
t(struct.pack_into, '<hh', ba, 1, 1, 2)
print(ba)
t(struct.pack_into, '<hh', ba, 4, 1, 2)
t(struct.pack_into, '<hh', ba, -8, 1, 2)
t(struct.pack_into, '<hh', b'abcdef', 0, 1, 2)
s = struct.Struct('>I2s')
print(s.size, s.format, s.pack(1, b'ab'), s.unpack(b'\x00\x00\x00\x01ab'), list(s.iter_unpack(b'\x00\x00\x00\x01ab' * 2)))
t(struct.Struct, 'z')
t(struct.Struct, 5)
t(struct.pack, 'x', 1)
t(struct.pack, 'xbx', 1)
t(struct.unpack, '<3sxb', b'abc\x00\x05')
class I:
    def __index__(self): return 7
print(struct.pack('<i', I()))
t(struct.pack, '<i', True)
t(struct.pack, '<d', 3)
print(struct.pack('<d', I()))
t(struct.unpack, '<q', b'\xff'*8)
t(struct.unpack, '<Q', b'\xff'*8)
t(struct.unpack, '<d', bytearray(b'\x00'*8))
print(struct.unpack('<h', memoryview(b'\x01\x02')))
t(struct.pack, '<2c', b'a', b'b')
t(struct.unpack, '<2c', b'ab')
t(struct.pack, '!H', 80)
t(struct.calcsize, '3')
t(struct.calcsize, '999999999999999999999i')
t(struct.pack, '<f', 3.4028235677973366e+38)
t(struct.pack, '<f', 3.4028236e+38)
t(struct.pack, '<e', 65519.99)
t(struct.pack, '<e', 65520.0)
t(struct.pack, '<e', 5.960464477539063e-08)
t(struct.pack, '<e', 2.9802322387695312e-08)
t(struct.pack, '<e', 2.98023223876953125e-08*1.0000001)
t(struct.pack, '<e', float('nan'))
t(struct.pack, '<e', float('-inf'))
t(struct.unpack, '<e', b'\x00\x7c')
t(struct.unpack, '<e', b'\x01\x00')
t(struct.unpack, '<e', b'\x00\x7e')
t(struct.pack, '<f', -0.0)
for mode in '@<>':
    for c in 'bBhHiIlLqQnNP':
        row = []
        for v in [-2**64-1, -2**63-1, -2**63, -2**31-1, -1, 2**31, 2**32, 2**63, 2**64]:
            try:
                struct.pack(mode + c, v); row.append('ok')
            except Exception as e:
                row.append(type(e).__name__ + ':' + str(e))
        print(mode, c, ' | '.join(row))

# Seeded floats through half, single and double precision, both byte orders.
import random
random.seed(1535)
for _ in range(60):
    x = random.choice([random.uniform(-70000, 70000), random.uniform(-1, 1) * 2.0 ** random.randint(-26, 16),
                       struct.unpack('<e', random.randbytes(2))[0] * (1 + random.choice([2**-11, -2**-11, 2**-12]))])
    row = []
    for f in ('<e', '>e', '<f', 'f', '>d'):
        try:
            packed = struct.pack(f, x)
            row.append(packed.hex() + '=' + repr(struct.unpack(f, packed)[0]))
        except OverflowError as e:
            row.append(str(e))
    print(repr(x), ' '.join(row))
