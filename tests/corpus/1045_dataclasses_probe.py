# dataclasses: generated __init__/__repr__/__eq__/order/hash, field options, frozen, kw_only, slots, helpers.
import dataclasses
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, KW_ONLY, InitVar


def probe(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)


probe("repr", lambda: Point(1, 2))
probe("default", lambda: Point(5))
probe("factory fresh", lambda: Point(1).tags is not Point(1).tags)
probe("eq", lambda: (Point(1, 2) == Point(1, 2), Point(1) == Point(2), Point(1) == (1, 0, [])))
probe("hash none", lambda: Point.__hash__)
probe("unhashable", lambda: hash(Point(1)))
probe("missing", lambda: Point())
probe("too many", lambda: Point(1, 2, [], 4))
probe("unexpected kw", lambda: Point(1, z=3))
probe("multiple", lambda: Point(1, x=2))
probe("keywords", lambda: Point(y=3, x=4))
probe("names", lambda: (Point.__init__.__qualname__, Point.__repr__.__name__))
probe("match_args", lambda: Point.__match_args__)
probe("doc", lambda: Point.__doc__)
probe("fields", lambda: [(f.name, f.type, f.init) for f in fields(Point)])
probe("field repr", lambda: repr(fields(Point)[1]).split(",")[:3])
probe("metadata", lambda: field(metadata={"unit": "m"}).metadata)
probe("is_dataclass", lambda: (is_dataclass(Point), is_dataclass(Point(1)), is_dataclass(1)))
probe("asdict", lambda: asdict(Point(1, 2, [Point(3)])))
probe("astuple", lambda: astuple(Point(1, 2, [(4, 5)])))
probe("asdict copies", lambda: asdict(Point(1, 2, [[1]]))["tags"][0] is Point(1).tags)
probe("replace", lambda: replace(Point(1, 2), y=9))
probe("fields error", lambda: fields(3))
probe("asdict error", lambda: asdict(Point))
probe("both defaults", lambda: field(default=1, default_factory=list))


def bad_order():
    @dataclass
    class Bad:
        a: int = 1
        b: int


probe("default order", bad_order)


def mutable_default():
    @dataclass
    class Bad:
        items: list = []


probe("mutable default", mutable_default)


@dataclass(frozen=True)
class Frozen:
    a: int
    b: str = "x"


fz = Frozen(1)
probe("frozen repr", lambda: fz)
probe("frozen assign", lambda: setattr(fz, "a", 2))
probe("frozen new attr", lambda: setattr(fz, "c", 2))
probe("frozen delete", lambda: delattr(fz, "a"))
probe("frozen hash", lambda: hash(fz) == hash((1, "x")))
probe("frozen error type", lambda: FrozenInstanceError.__mro__[1])
probe("frozen in set", lambda: len({Frozen(1), Frozen(1), Frozen(2)}))


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


probe("order", lambda: (Version(1, 2) < Version(1, 3), Version(2) >= Version(1, 9), Version(1, 0, "a") == Version(1, 0, "b")))
probe("sorted", lambda: sorted([Version(2), Version(1, 5), Version(1)]))
probe("order mismatch", lambda: Version(1) < 1)


def overwrite():
    @dataclass(order=True)
    class C:
        a: int

        def __lt__(self, other):
            return True


probe("order overwrite", overwrite)
probe("order needs eq", lambda: dataclass(order=True, eq=False)(type("E", (), {})))


@dataclass
class Keyed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = field(default=3, kw_only=True)


probe("kw_only", lambda: Keyed(1, b=5))
probe("kw_only positional", lambda: Keyed(1, 2))
probe("kw_only match_args", lambda: Keyed.__match_args__)


@dataclass(kw_only=True)
class AllKw:
    a: int
    b: int = 1


probe("all kw", lambda: AllKw(a=3))
probe("all kw missing", lambda: AllKw())


@dataclass
class Derived:
    width: float
    height: float
    area: float = field(init=False)
    scale: InitVar[float] = 1.0

    def __post_init__(self, scale):
        self.area = self.width * self.height * scale


probe("post_init", lambda: Derived(2.0, 3.0, 2.0))
probe("init false", lambda: [f.name for f in fields(Derived)])
probe("replace init false", lambda: replace(Derived(1.0, 1.0), area=3.0))


@dataclass
class Base:
    x: int = 0


@dataclass
class Child(Base):
    y: int = 1


probe("inherit", lambda: (Child(5, 6), [f.name for f in fields(Child)]))


def frozen_mix():
    @dataclass(frozen=True)
    class Bad(Base):
        z: int = 2


probe("frozen inherit", frozen_mix)


@dataclass(unsafe_hash=True)
class Hashed:
    a: int
    b: list = field(default_factory=list, hash=False)


probe("unsafe_hash", lambda: hash(Hashed(3)) == hash((3,)))


@dataclass(eq=False)
class NoEq:
    a: int


probe("eq false", lambda: (NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__))


@dataclass
class Tree:
    name: str
    children: list = field(default_factory=list)


t = Tree("root")
t.children.append(t)
probe("recursive repr", lambda: t)
probe("params", lambda: Tree.__dataclass_params__)
probe("make_dataclass", lambda: dataclasses.make_dataclass("Pair", [("a", int), ("b", int, field(default=2))])(1))
