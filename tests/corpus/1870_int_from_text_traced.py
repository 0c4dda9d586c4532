# tracemalloc sees the block PyLong_FromString allocated before converting: sized for the largest value the
# digits can spell (a power-of-two base exactly, others by estimate), whatever the value came to.
import sys
import tracemalloc

def traced(text, base=10):
    tracemalloc.start()
    x = int(text, base)
    size = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    return x, size, sys.getsizeof(x)

digits = '0123456789abcdefghijklmnopqrstuvwxyz'
for base in (3, 7, 10, 12, 36):
    for nd in (2, 5, 9, 10, 11, 13, 19, 20, 25, 40):
        print(base, nd, traced(digits[base - 1] * nd, base)[1:], traced('1' + '0' * (nd - 1), base)[1:])
for text, base in [('0x0000000080000000', 0), ('0000000080000000', 16), ('0b' + '0' * 40 + '1' * 31, 0),
                   ('0o7777777777', 0), ('ffffffff', 16), ('1_000_000_000_000', 10), ('  -123456789  ', 10),
                   ('0' * 30 + '7', 10), ('000000000000000000000', 0), ('123456789012', 36), ('zz', 36),
                   ('1' * 31, 2), ('1' * 30, 2), ('1' * 61, 2), ('7' * 21, 8)]:
    print(repr(text), base, traced(text, base))
print(traced(b'123456789012345'.decode()), traced('١٢٣٤٥٦٧٨٩٠١٢'))
