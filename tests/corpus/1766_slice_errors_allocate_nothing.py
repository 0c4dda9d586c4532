# A slice that raises (a zero step, a bad index type) allocates nothing: no new list is left behind.
import gc, sys
gc.disable()
gc.collect()
a = [1, 2, 3]
t = (1, 2, 3)
def attempts(seq, key):
    message = None
    c0 = gc.get_count()[0]
    for i in range(5):
        try:
            seq[key]
        except (ValueError, TypeError) as e:
            message = str(e)
    return gc.get_count()[0] - c0, message
print(attempts(a, slice(1, 2, 0)))
print(attempts(a, slice(None, None, 0)))
print(attempts(a, slice('x', 2)))
print(attempts(t, slice(0, 3, 0)))
print(attempts('abc', slice(None, None, 0)))
print(attempts(bytearray(b'ab'), slice(None, None, 0)))
print(attempts(range(5), slice(None, None, 0)))
print(attempts(a, slice(0, 2)))
print(sys.getrefcount(a), gc.collect(), a)
