# A metaclass's __eq__, __hash__, __lt__, __bool__, __len__ and __contains__ apply to its classes.
class Meta(type):
    def __eq__(cls, o): return o == cls.__name__ or cls is o
    def __hash__(cls): return hash(cls.__name__)
    def __lt__(cls, o): return cls.__name__ < o.__name__
    def __len__(cls): return 3
    def __bool__(cls): return False
    def __contains__(cls, x): return x == 1
class A(metaclass=Meta): pass
class B(metaclass=Meta): pass
print(hash(A) == hash('A'), A == 'A', A != 'A', len({A: 1, 'A': 2}), 'A' in {A}, A < B, sorted([B, A]) == [A, B])
print(len(A), bool(A), 1 in A, 2 in A, not A)
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
print(len(Color), list(Color), Color['RED'], Color.RED in Color, bool(Color), Color == Color, Color != enum.Enum, hash(Color) == hash(Color))
class Plain(type):
    pass
class P(metaclass=Plain):
    pass
print(P == P, P != P, P != A, bool(P), len({P, P, A}))
