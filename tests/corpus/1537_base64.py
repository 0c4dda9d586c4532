# base64 and binascii: Base64 (standard, altchars, URL-safe, validate, in lines), Base32/Base32hex/Base16, the
# padding rules and binascii.Error's messages; hexlify/unhexlify/crc32; seeded round trips.
import base64
def t(f, *a, **k):
    try:
        print(f.__name__, a, k, '->', repr(f(*a, **k)))
    except Exception as e:
        print(f.__name__, a, k, '!!', type(e).__module__, type(e).__name__, e)
for d in [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(250, 256)), b'\xfb\xff\xbf']:
    t(base64.b64encode, d); t(base64.urlsafe_b64encode, d); t(base64.b32encode, d); t(base64.b16encode, d); t(base64.b32hexencode, d)
    t(base64.encodebytes, d)
t(base64.b64encode, 'str')
t(base64.b64encode, bytearray(b'ab'))
print(base64.b64encode(memoryview(b'ab')))
t(base64.b64encode, b'\xfb\xff', altchars=b'-_')
t(base64.b64encode, b'\xfb\xff', altchars=b'-')
t(base64.b64encode, [1])
for s in ['Zm9v', 'Zm9vYg==', 'Zm9vYg=', 'Zm9vYg', 'Zm9v YmFy', 'Zm9v\nYmFy', 'Zm9vY', 'Z', '====', 'Zm9v!!', b'Zm9vYmFy', 'ä', '-_-_', '+/+/', 'Zm9vYg==Zm9v', 'Zg==Zg==', 'Zm=9v', 'Zm9vYmFyYg']:
    t(base64.b64decode, s); t(base64.b64decode, s, validate=True); t(base64.urlsafe_b64decode, s)
t(base64.b64decode, 5)
t(base64.b32decode, 'MZXW6===')
t(base64.b32decode, 'mzxw6===')
t(base64.b32decode, 'mzxw6===', casefold=True)
t(base64.b32decode, 'MZXW6')
t(base64.b32decode, 'MZXW6==1')
t(base64.b32decode, 'M1XW6===', map01=b'L')
t(base64.b32decode, 'MZXW6YQ=')
t(base64.b32decode, 'MZXW6Y==')
t(base64.b32hexdecode, 'CPNMU===')
t(base64.b16decode, '666F6F')
t(base64.b16decode, '666f6f')
t(base64.b16decode, '666f6f', casefold=True)
t(base64.b16decode, '666F6')
t(base64.b16decode, '666G6F')
t(base64.decodebytes, b'Zm9v\n')
t(base64.standard_b64encode, b'hi')
t(base64.standard_b64decode, b'aGk=')
import binascii
print(binascii.Error, binascii.Error.__mro__)
for data in [b'', b'a', b'hello world', bytes(range(256))]:
    print(binascii.hexlify(data)[:40], binascii.crc32(data), binascii.crc32(data, 12345), binascii.b2a_base64(data)[:30])
print(binascii.hexlify(b'\x01\x02\x03\x04', '-'), binascii.hexlify(b'\x01\x02\x03\x04', b':', 2), binascii.unhexlify('0aFF'))
for bad in ['abc', 'zz', '0 ', b'12\n4']:
    try:
        binascii.unhexlify(bad)
    except binascii.Error as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
print(base64.encodebytes(bytes(range(100))))
print(base64.decodebytes(base64.encodebytes(bytes(range(100)))) == bytes(range(100)))
import io
source, target = io.BytesIO(b'x' * 130), io.BytesIO()
base64.encode(source, target)
print(target.getvalue())
restored = io.BytesIO()
base64.decode(io.BytesIO(target.getvalue()), restored)
print(restored.getvalue() == b'x' * 130)
import random
random.seed(1537)
for n in range(12):
    data = random.randbytes(n)
    encodings = [base64.b64encode(data), base64.urlsafe_b64encode(data), base64.b32encode(data),
                 base64.b32hexencode(data), base64.b16encode(data)]
    decoded = [base64.b64decode(encodings[0], validate=True), base64.urlsafe_b64decode(encodings[1]),
               base64.b32decode(encodings[2]), base64.b32hexdecode(encodings[3]), base64.b16decode(encodings[4])]
    print(n, [e.decode() for e in encodings], all(d == data for d in decoded))
print(base64.b64encode("text to encode".encode()).decode(), base64.b64decode("dGV4dCB0byBlbmNvZGU=").decode())
