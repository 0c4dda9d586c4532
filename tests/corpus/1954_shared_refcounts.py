# The objects every program shares start with the references CPython's start-up left them:
# sys.getrefcount(True) is 409 in python3, not 2 or a billion.
import sys

print(sys.getrefcount(True), sys.getrefcount(False))
for kind in (int, str, list, dict, tuple, set, float, bool, object, type):
    print(kind.__name__, sys.getrefcount(kind))
for function in (len, sorted, isinstance, range, enumerate, zip):
    print(function.__name__, sys.getrefcount(function))
for error in (Exception, ValueError, KeyError, TypeError, ZeroDivisionError):
    print(error.__name__, sys.getrefcount(error))
print(sys.getrefcount(type(None)), sys.getrefcount(NotImplemented), sys.getrefcount(Ellipsis))

# Small ints and one-character strs are statically allocated: 999999999 plus start-up's references.
seven = int('7')
print(sys.getrefcount(seven))
print(sys.getrefcount(int('42')), sys.getrefcount(int('255')), sys.getrefcount(int('-3')))
print(sys.getrefcount(chr(65)), sys.getrefcount(chr(122)), sys.getrefcount(str()), sys.getrefcount(tuple()))

# A program's own references count on top, and are given back.
flags = [True] * 100
print(sys.getrefcount(True))
del flags
print(sys.getrefcount(True))
mapping = {'a': int, 'b': int}
print(sys.getrefcount(int))


class Point:
    pass


print(sys.getrefcount(object), sys.getrefcount(type))


def count_inside():
    local = True
    return sys.getrefcount(True)


print(count_inside(), sys.getrefcount(True))
