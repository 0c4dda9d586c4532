# Slot wrappers that unpack their arguments with PyArg_UnpackTuple(args, "", ...) name no function in their
# messages (a leading space); check_num_args's do not have it. __get__/__set__/__delete__ are slot wrappers.
import collections, array, functools, types
class A: pass
class Slotted:
    __slots__ = ('s',)
calls = [
    lambda: [].__mul__(), lambda: [].__rmul__(1, 2), lambda: [].__imul__(), lambda: "a".__mul__(), lambda: (1,).__rmul__(),
    lambda: bytearray().__mul__(), lambda: b''.__rmul__(), lambda: bytearray().__imul__(),
    lambda: collections.deque().__mul__(), lambda: array.array('i').__imul__(),
    lambda: {}.__setitem__(1), lambda: [].__setitem__(1), lambda: A().__setattr__('x'), lambda: object().__setattr__(),
    lambda: property().__get__(), lambda: property().__set__(1), lambda: property().__delete__(), lambda: (lambda: 0).__get__(),
    lambda: staticmethod(len).__get__(), lambda: classmethod(len).__get__(1, 2, 3), lambda: Slotted.s.__get__(),
    lambda: Slotted.s.__set__(1), lambda: int.real.__get__(), lambda: str.join.__get__(), lambda: list.__add__.__get__(),
    lambda: property().__get__(1, k=2), lambda: [].__add__(), lambda: (2).__pow__(), lambda: {}.__delitem__(),
    lambda: property().__get__(None, None), lambda: property().__get__(None), lambda: str.join.__get__(None),
    lambda: functools.lru_cache(len).__get__(None),
]
for call in calls:
    try:
        call()
        print("no error")
    except TypeError as e:
        print(repr(str(e)))
for owner in [property, staticmethod, classmethod, types.FunctionType, type(Slotted.s), type(int.real), type(str.join),
              type(list.__add__)]:
    for name in ('__get__', '__set__', '__delete__'):
        if name in owner.__dict__:
            print(owner.__name__, name, type(owner.__dict__[name]).__name__)
p = property(lambda self: 42)
print(p.__get__(A()), p.__get__(None, A) is p, type(A().__init__).__name__)
