# dataclasses.asdict/astuple rebuild a namedtuple field through its fields (as _asdict_inner), and give the factories lists.
from dataclasses import dataclass, asdict, astuple, field
from collections import namedtuple
NT = namedtuple('NT', 'p q')
@dataclass
class Inner:
    x: int
@dataclass
class C:
    v: tuple
    w: list = field(default_factory=list)
c = C(NT(Inner(1), [Inner(2)]), [NT(3, Inner(4))])
print(asdict(c))
print(astuple(c))
print(astuple(c, tuple_factory=lambda xs: type(xs).__name__))
print(asdict(c, dict_factory=lambda kv: type(kv).__name__))
