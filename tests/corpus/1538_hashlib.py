# hashlib: md5/sha1/sha224/sha256/sha384/sha512 by constructor and by new(), update in pieces, copy, digest sizes,
# the errors, file_digest, and seeded messages across the padding boundaries of both block sizes.
import hashlib
import io
import random

h = hashlib.sha256(b"abc")
print(type(h), h.name, h.digest_size, h.block_size, h.hexdigest())
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]:
    h = hashlib.new(name, b"hello")
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest(), len(h.digest()))
    longer = h.copy()
    longer.update(b" world")
    print(longer.hexdigest() == getattr(hashlib, name)(b"hello world").hexdigest(),
          h.hexdigest() == hashlib.new(name.upper(), b"hello").hexdigest())
print(hashlib.sha256().hexdigest())
print(hashlib.sha256(b"").digest())
print(hashlib.md5(b"The quick brown fox jumps over the lazy dog").hexdigest())
print(hashlib.sha1("naïve café".encode("utf-8")).hexdigest())
print(hashlib.md5(bytearray(b"x")).hexdigest(), hashlib.sha1(memoryview(b"x")).hexdigest(),
      hashlib.md5(string=b"x").hexdigest(), hashlib.new("md5", data=b"x").hexdigest(),
      hashlib.md5(b"x", usedforsecurity=False).hexdigest())


def attempt(f, *args, **kwargs):
    try:
        f(*args, **kwargs)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


attempt(hashlib.new, "foo")
attempt(hashlib.new, 5)
attempt(hashlib.md5, "text")
attempt(hashlib.md5().update, "text")
attempt(hashlib.md5().update, 5)
attempt(hashlib.md5, data=b"x")
print(hashlib.md5.__name__, hashlib.sha512.__name__, sorted(hashlib.algorithms_guaranteed & {"md5", "sha256"}))

passwords = {}
for user, password in [("ann", "hunter2"), ("bob", "correct horse"), ("cy", "hunter2")]:
    passwords[user] = hashlib.sha256(password.encode()).hexdigest()
print(passwords["ann"] == passwords["cy"], passwords["bob"][:16])
print(hashlib.file_digest(io.BytesIO(b"file contents" * 100), "sha1").hexdigest(),
      hashlib.file_digest(io.BytesIO(b""), hashlib.md5).hexdigest())

random.seed(1538)
for n in [0, 1, 55, 56, 57, 63, 64, 65, 111, 112, 113, 127, 128, 129, 200, 1000]:
    data = random.randbytes(n)
    pieces = hashlib.sha512()
    for i in range(0, n, 37):
        pieces.update(data[i:i + 37])
    print(n, hashlib.md5(data).hexdigest(), hashlib.sha1(data).hexdigest()[:20], hashlib.sha224(data).hexdigest()[:20],
          hashlib.sha384(data).hexdigest()[:20], pieces.hexdigest() == hashlib.sha512(data).hexdigest())
