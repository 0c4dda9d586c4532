# A dataclass's __init__ is generated as CPython generates it: its source exec()'d ("<string>" frames, one line per
# field), the field types and defaults as closure cells, so refcounts, gc counts and tracebacks match python3.
import gc
import sys
import traceback
from dataclasses import dataclass, field, InitVar, KW_ONLY


@dataclass
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)

    def __post_init__(self):
        self.n = sys.getrefcount(self)


gc.collect()
a = gc.get_count()
ps = [P(i, i) for i in range(10)]
b = gc.get_count()
print(b[0] - a[0], ps[0].n, sys.getrefcount(ps[0]))
init = P.__init__
print(init.__qualname__, init.__name__, init.__module__, init.__code__.co_filename)
print(init.__code__.co_varnames, init.__code__.co_freevars, init.__code__.co_firstlineno)
print(init.__annotations__)
print(init.__defaults__, init.__kwdefaults__)
for bad in ((), (1, 2, 3, 4), (1,)):
    try:
        P(*bad, **({'z': 3} if len(bad) == 1 else {}))
    except TypeError as e:
        print(e)


def frames(make):
    try:
        make()
    except Exception as e:
        for fr in traceback.extract_tb(e.__traceback__)[1:]:
            name = fr.filename if fr.filename.startswith('<') else 'main'
            print(' ', name, fr.lineno, fr.name, repr(fr.line))
        print(' ', type(e).__name__, e)


@dataclass
class Checked:
    name: str
    age: int = 0

    def __post_init__(self):
        if self.age < 0:
            raise ValueError('age must not be negative')


frames(lambda: Checked('ann', -1))


@dataclass
class Factory:
    a: int
    b: list = field(default_factory=lambda: 1 / 0)


frames(lambda: Factory(1))


@dataclass(frozen=True)
class Frozen:
    a: int
    b: str = 'b'


f = Frozen(1)
frames(lambda: setattr(f, 'a', 2))
print(Frozen.__init__.__code__.co_names)


@dataclass
class Mixed:
    a: int
    scale: InitVar[int] = 2
    _: KW_ONLY
    label: str = 'm'
    hidden: list = field(default_factory=list, init=False)

    def __post_init__(self, scale):
        self.a *= scale


m = Mixed(3, 4, label='x')
print(m, m.hidden, Mixed.__init__.__code__.co_varnames, Mixed.__init__.__kwdefaults__)
frames(lambda: Mixed(1, 2, 3))


@dataclass
class Selfish:
    self: int
    other: int = 5


print(Selfish(1), Selfish.__init__.__code__.co_varnames[0])


@dataclass(slots=True)
class Slotted:
    a: int
    b: int = field(default=7, init=False)


s = Slotted(1)
print(s, sys.getsizeof(s), hasattr(s, '__dict__'))


@dataclass
class Child(P):
    z: str = 'z'


c = Child(1, 2, [3], 'q')
print(c, Child.__init__.__code__.co_varnames)


@dataclass
class Empty:
    pass


print(Empty(), Empty.__init__.__code__.co_names)


class Quiet:
    def __setattr__(self, name, value):
        raise AttributeError(f'no {name}')


@dataclass
class Loud(Quiet):
    q: int


frames(lambda: Loud(1))
