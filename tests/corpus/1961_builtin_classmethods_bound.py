# A builtin type's class method (dict.fromkeys, int.from_bytes, float.fromhex, itertools.chain.from_iterable) is a
# builtin method of the class once looked up, through the class, a subclass or an instance; a Python classmethod,
# even of a builtin function, is a bound method.
import itertools
import sys


class D(dict):
    pass


print(type(dict.fromkeys), type(int.from_bytes), type(float.fromhex), type(bytes.fromhex), type(str.maketrans))
print(type({}.fromkeys), type(D.fromkeys), type(itertools.chain.from_iterable))
print(type(list.__class_getitem__), type(object.__init_subclass__), type(type.__prepare__))
print(dict.fromkeys.__self__ is dict, D.fromkeys.__self__ is D, {}.fromkeys.__self__ is dict, int.from_bytes.__self__)
print(dict.fromkeys.__name__, dict.fromkeys.__qualname__)
print(dict.fromkeys([1, 2]), D.fromkeys("ab", 0), type(D.fromkeys("a")), int.from_bytes(b"\x01\x00", "little"))
print(float.fromhex("0x1p3"), list(itertools.chain.from_iterable([[1], [2]])))
print(sys.getsizeof(dict.fromkeys) == sys.getsizeof(len))


class A:
    @classmethod
    def make(cls):
        return cls

    weird = classmethod(len)


print(type(A.make), type(A.weird), A.make() is A)
print(A.weird())
