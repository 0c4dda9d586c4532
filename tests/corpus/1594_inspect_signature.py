import inspect, functools
def f(a, b=2, *args, c, d: int = 3, **kw) -> str: pass
print(inspect.signature(f))
print(repr(inspect.signature(f)))
for p in inspect.signature(f).parameters.values():
    print(repr(p), p.name, p.kind, repr(p.kind), p.kind.description, p.default is inspect.Parameter.empty, p.annotation)
print(inspect.signature(f).parameters)
print(inspect.signature(len), inspect.signature(dict.get), inspect.signature([].append), inspect.signature(sorted))
class A:
    def __init__(self, x, y=1): pass
    def m(self, z, /, w): pass
print(inspect.signature(A), inspect.signature(A.m), inspect.signature(A(1).m))
print(inspect.signature(object), inspect.signature(int) if False else '')
b = inspect.signature(f).bind(1, 2, 3, c=4, e=5)
print(b, b.args, b.kwargs)
b.apply_defaults(); print(b.arguments)
print(inspect.signature(f).bind_partial(c=1))
try: inspect.signature(f).bind()
except TypeError as e: print(e)
p = functools.partial(f, 1, c=3)
print(inspect.signature(p))
print(inspect.signature(lambda x, *, y=[1]: 0))
@functools.wraps(f)
def w(*a, **k): pass
print(inspect.signature(w))
print(inspect.signature(max) if False else '')
class B:
    def __call__(self, q): pass
print(inspect.signature(B()))
try: inspect.signature(1)
except TypeError as e: print(e)
print(inspect.signature(dict.fromkeys))
print(inspect.signature(str.join), inspect.signature("".join), inspect.signature(divmod), inspect.signature(print))
import inspect, typing, functools, dataclasses
from typing import Optional, List
P = inspect.Parameter
def ann(a: int, b: "str" = "x", *rest: float, c: Optional[int] = None, d: list[int], e: List[str] = [], **kw: dict) -> typing.Dict[str, int]: pass
print(inspect.signature(ann))
def posonly(a, b, /, c, *, d): pass
print(inspect.signature(posonly))
def nothing(): pass
print(inspect.signature(nothing), inspect.signature(nothing).return_annotation)
class Meta(type):
    def __call__(cls, m1, m2=0): pass
class WithMeta(metaclass=Meta): pass
print(inspect.signature(WithMeta))
class N:
    def __new__(cls, n1, *more): return super().__new__(cls)
print(inspect.signature(N))
class Sub(N): pass
print(inspect.signature(Sub))
class Empty: pass
print(inspect.signature(Empty))
@dataclasses.dataclass
class DC:
    x: int
    y: str = "s"
print(inspect.signature(DC))
for bad in [int, 1, "s"]:
    try: print(inspect.signature(bad))
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
def f(a, b=2, *args, c, **kw): pass
sig = inspect.signature(f)
for args, kwargs in [((1,), {'c': 3}), ((1, 2, 3, 4), {'c': 5, 'z': 6}), ((), {'a': 1, 'c': 2}), ((), {}), ((1,), {}), ((1,), {'a': 2, 'c': 1})]:
    try:
        ba = sig.bind(*args, **kwargs)
        print(ba, ba.args, ba.kwargs, ba.arguments)
        ba.apply_defaults()
        print('  ', ba)
    except TypeError as e:
        print('TypeError', e)
sig2 = inspect.signature(posonly)
for args, kwargs in [((1, 2, 3), {'d': 4}), ((1,), {'b': 2, 'c': 3, 'd': 4}), ((1, 2, 3, 4), {})]:
    try: print(sig2.bind(*args, **kwargs))
    except TypeError as e: print('TypeError', e)
print(sig2.bind_partial(1))
def g(x, y): pass
try: inspect.signature(g).bind(1, y=2, q=3)
except TypeError as e: print('TypeError', e)
params = [P('a', P.POSITIONAL_ONLY), P('b', P.POSITIONAL_OR_KEYWORD, default=1, annotation=int), P('k', P.KEYWORD_ONLY)]
s = inspect.Signature(params, return_annotation=list)
print(s, s == inspect.Signature(params, return_annotation=list), s.replace(return_annotation=inspect.Signature.empty))
print(params[1].replace(name='bb', default=None), params[0] == P('a', P.POSITIONAL_ONLY))
for bad in [lambda: P('a', P.VAR_POSITIONAL, default=1), lambda: P('if', P.KEYWORD_ONLY), lambda: P('a', 7),
            lambda: inspect.Signature([P('a', P.KEYWORD_ONLY), P('b', P.POSITIONAL_ONLY)]),
            lambda: inspect.Signature([P('a', P.POSITIONAL_ONLY, default=1), P('b', P.POSITIONAL_ONLY)]),
            lambda: inspect.Signature([P('a', P.POSITIONAL_ONLY), P('a', P.KEYWORD_ONLY)])]:
    try: bad()
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
print(list(inspect.signature(f).parameters), len(inspect.signature(f).parameters), 'c' in inspect.signature(f).parameters)
print([str(p.kind) for p in inspect.signature(f).parameters.values()])
print(P.VAR_POSITIONAL < P.KEYWORD_ONLY, P.KEYWORD_ONLY.name, P.KEYWORD_ONLY.value, P.POSITIONAL_ONLY == 0)
print(inspect.signature(functools.partial(f, b=5)), inspect.signature(functools.partial(posonly, 1, 2)))
class C:
    def m(self, a, *, k=1): pass
    @classmethod
    def c(cls, z): pass
    @staticmethod
    def s(y=0): pass
    def __call__(self, *a): pass
print(inspect.signature(C.m), inspect.signature(C().m), inspect.signature(C.c), inspect.signature(C.s), inspect.signature(C()))
print(inspect.signature(C), inspect.signature(min.__call__) if False else '')
print(inspect.signature(str.split), inspect.signature(list.insert), inspect.signature(isinstance), inspect.signature(getattr) if False else '')
print(inspect.signature(dict.pop) if False else '', inspect.signature(str.replace), inspect.signature(int.to_bytes))
@functools.lru_cache
def cached(n, m=1): pass
print(inspect.signature(cached))
print(inspect.signature(f, follow_wrapped=False))
print(inspect.Signature.from_callable(g))
@dataclasses.dataclass
class DC2:
    a: int
    b: list = dataclasses.field(default_factory=list)
    _: dataclasses.KW_ONLY
    k: "float" = 1.5
    v: dataclasses.InitVar[int] = 0
    def __post_init__(self, v): pass
print(inspect.signature(DC2), inspect.signature(DC2.__init__))
print(inspect.signature(DC2).bind(1, k=2.0))
