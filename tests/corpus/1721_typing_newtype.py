# typing.NewType is a class instance: repr module.qualname, calls return their argument, subclassing is refused.
from typing import NewType, Optional
import typing
UserId = NewType("UserId", int)
print(UserId)
print(repr(UserId), UserId(5), UserId.__supertype__, UserId.__name__, UserId.__qualname__, UserId.__module__)
print(type(UserId), isinstance(UserId, NewType), type(UserId(5)))
def make():
    return NewType("Inner", str)
Inner = make()
print(Inner, Inner("x"))
Dotted = NewType("pkg.Dotted", float)
print(Dotted, Dotted.__name__, Dotted.__qualname__, Dotted.__reduce__())
Nested = NewType("Nested", UserId)
print(Nested, Nested.__supertype__, Nested(7))
try:
    class Bad(UserId):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(UserId | None, None | UserId, Optional[UserId])
print(typing.Union[UserId, str])
