# Enum lookup by value as Enum.__new__: the reverse map, a search by == for an unhashable value, then _missing_, whose
# wrong result is a TypeError and whose exception keeps the ValueError as its context.
from enum import Enum
class S(Enum):
    A = 'a'
    L = [1]
print(S([1]))
try:
    S(['a'])
except Exception as e:
    print(type(e).__name__, e)
from enum import Enum
class Bad(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value): return 'nope'
try:
    Bad(2)
except Exception as e:
    print(type(e).__name__, e, '| context:', type(e.__context__).__name__)
from enum import Enum
class R(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value): raise KeyError(value)
try:
    R(2)
except Exception as e:
    print(type(e).__name__, e, '| context:', type(e.__context__).__name__)
