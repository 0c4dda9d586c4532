# hmac over hashlib (names and constructors as digestmod, copy, digest sizes, errors), hmac.digest,
# compare_digest, and hashlib.pbkdf2_hmac (RFC 6070's and tutorials' iteration counts).
import hashlib
import hmac
h = hmac.new(b'key', b'msg', hashlib.sha256)
print(h.name, h.digest_size, h.block_size, h.hexdigest(), type(h))
h2 = h.copy(); h2.update(b'more'); print(h2.hexdigest(), h.hexdigest())
print(hmac.new(b'k' * 100, b'x', 'md5').hexdigest(), hmac.new(b'', digestmod='sha512').hexdigest()[:20])
print(hmac.digest(b'key', b'msg', 'sha1').hex())
print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest('abc', 'abd'))
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
t(hmac.new, b'key', b'msg')
t(hmac.new, 'key', b'msg', 'sha256')
t(hmac.new, b'key', 'msg', 'sha256')
t(hmac.compare_digest, 'a', b'a')
t(hmac.compare_digest, 'ä', 'ä')
t(hmac.new, b'key', b'msg', 'nope')
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 100000).hex())
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 2, 30).hex())
print(hashlib.pbkdf2_hmac('sha512', b'p' * 200, b'salt', 3, dklen=10).hex())
t(hashlib.pbkdf2_hmac, 'sha256', 'pw', b'salt', 1)
t(hashlib.pbkdf2_hmac, 'sha256', b'pw', b'salt', 0)
t(hashlib.pbkdf2_hmac, 'sha256', b'pw', b'salt', 1, 0)
t(hashlib.pbkdf2_hmac, 'nope', b'pw', b'salt', 1)
print(sorted(n for n in dir(hmac) if not n.startswith('_')))
h = hmac.new(b"secret", digestmod=hashlib.md5)
for part in [b"a", b"bc", b""]:
    h.update(part)
print(h.name, h.hexdigest() == hmac.new(b"secret", b"abc", "md5").hexdigest(), h.block_size, hmac.new(b"k", digestmod=hashlib.sha384).block_size)
salt = bytes(range(16))
stored = hashlib.pbkdf2_hmac("sha256", "correct horse".encode(), salt, 1000)
print(stored.hex(), hmac.compare_digest(stored, hashlib.pbkdf2_hmac("sha256", b"correct horse", salt, 1000)))
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 4096).hex(), hashlib.pbkdf2_hmac("SHA1", bytearray(b"password"), b"salt", 1).hex())
