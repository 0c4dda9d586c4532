# Match patterns as CPython 3.11 decides them: a sequence pattern takes what has Py_TPFLAGS_SEQUENCE (list, tuple,
# range, memoryview, array, deque, and classes inheriting or registered to collections.abc.Sequence), a mapping pattern
# what has Py_TPFLAGS_MAPPING (reading keys through get()), a class pattern asks isinstance (ABCs, __instancecheck__),
# and bytes/bytearray and subclasses of the builtin types bind the whole subject.
from collections import deque, UserList, UserDict, OrderedDict, defaultdict
from collections.abc import Sequence, Mapping, Iterable
import array

class MyInt(int): pass
class MyStr(str): pass
class Seq(Sequence):
    def __getitem__(self, i): return [1, 2, 3][i]
    def __len__(self): return 3
class Reg: 
    def __len__(self): return 2
    def __getitem__(self, i): return [7, 8][i]
Sequence.register(Reg)
class Meta(type):
    def __instancecheck__(cls, obj): return obj == 42
class Answer(metaclass=Meta): pass

def m(x):
    match x:
        case bytes(b): return f"bytes {b!r}"
        case bytearray(b): return f"bytearray {b!r}"
        case MyInt(v): return f"MyInt {v}"
        case Answer(): return "answer"
        case Iterable() if isinstance(x, set): return "iterable set"
        case {"k": v}: return f"mapping k={v}"
        case [first, *rest]: return f"seq first={first} rest={rest}"
        case str(s): return f"str {s}"
        case _: return "nothing"

for x in [b"ab", bytearray(b"c"), MyInt(5), 42, {1, 2}, {"k": 1}, OrderedDict(k=2), defaultdict(int, k=3), UserDict(k=4),
          [1, 2], deque([3, 4]), UserList([5, 6]), array.array("i", [7, 8]), Seq(), Reg(), MyStr("s"), "abc", range(2), memoryview(b"xy")]:
    print(type(x).__name__, "->", m(x))


class Defaulting(dict):
    def get(self, key, default=None):
        return "from get" if key == "k" else default


def keys(x):
    match x:
        case {"k": v, **rest}:
            return f"k={v} rest={rest}"
        case {"a": 1}:
            return "a is 1"
    return "no"


print(keys(Defaulting(k=0, z=1)), keys(UserDict(k=5, y=6)), keys(OrderedDict(a=1)), keys({"k": 2}), keys([("k", 1)]))
print(Sequence.__dict__.get("__abc_tpflags__"), Mapping.__dict__.get("__abc_tpflags__"))

# Struct sequences and namedtuples are tuples: sequence patterns take them; a dict's keys view is no sequence.
import sys, time
from collections import namedtuple
P = namedtuple("P", "x y")
for v in [sys.version_info[:2] == (3, 11) and sys.version_info, time.gmtime(0), P(1, 2), sys.flags]:
    match v:
        case [a, b, *rest]:
            print(type(v).__name__, "seq", a if not isinstance(a, int) or a < 10000 else "big", b, len(rest))
        case _:
            print(type(v).__name__, "no")
match {"a": 1}.keys():
    case [x]: print("keys seq")
    case _: print("keys not seq")
