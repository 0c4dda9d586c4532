import inspect, abc, sys, functools

class Base(abc.ABC):
    @abc.abstractmethod
    def run(self): ...
    def helper(self): return 1
    @staticmethod
    def st(): pass
    @classmethod
    def cm(cls): pass
    @property
    def pr(self): return 1
    attr = 5
class Impl(Base):
    def run(self): return 2
class Slotted:
    __slots__ = ('a',)
def f(): pass
def g(): yield 1
lam = lambda: 0
objs = [('f', f), ('g', g), ('g()', g()), ('lam', lam), ('len', len), ('[].append', [].append), ('str.join', str.join),
        ('dict.fromkeys', dict.fromkeys), ('int', int), ('Base', Base), ('Impl', Impl), ('Impl()', Impl()),
        ('Impl().run', Impl().run), ('Base.cm', Base.cm), ('Base.st', Base.st), ('Base.__dict__[st]', Base.__dict__['st']),
        ('Base.__dict__[cm]', Base.__dict__['cm']), ('Base.pr', Base.pr), ('inspect', inspect), ('sys', sys),
        ('1', 1), ('(1).__add__', (1).__add__), ('int.__add__', int.__add__), ('object.__init__', object.__init__),
        ('int.real', int.real), ('Slotted.a', Slotted.a), ('partial', functools.partial(f)), ('type', type),
        ('None', None), ('print', print), ('Impl.run', Impl.run)]
preds = ['isclass', 'isfunction', 'ismethod', 'isbuiltin', 'isroutine', 'ismodule', 'isgenerator',
         'isgeneratorfunction', 'iscoroutinefunction', 'isabstract', 'ismethoddescriptor', 'isdatadescriptor']
for name, o in objs:
    print(f"{name:22}", ' '.join(p[2:] for p in preds if getattr(inspect, p)(o)))
print(inspect.isgeneratorfunction(Impl().run), inspect.isgeneratorfunction(functools.partial(g)))
print([n for n, _ in inspect.getmembers(Impl) if not n.startswith('__')])
print([n for n, _ in inspect.getmembers(Impl, inspect.isfunction)])
print([(n, type(v).__name__, v.__func__.__qualname__) for n, v in inspect.getmembers(Impl(), inspect.ismethod)])
print([n for n, v in inspect.getmembers(Base) if n in ('st', 'cm', 'pr', 'attr', '__abstractmethods__')])
class P:
    x = 1
    def __init__(self): self.y = 2
print([(n, v) for n, v in inspect.getmembers(P()) if not n.startswith('_')])
print(inspect.getmro(Impl))
print(inspect.getmro(bool))
print(inspect.GEN_CREATED, inspect.GEN_RUNNING, inspect.GEN_SUSPENDED, inspect.GEN_CLOSED)
print(inspect.Parameter.POSITIONAL_ONLY, repr(inspect.Parameter.KEYWORD_ONLY), int(inspect.Parameter.VAR_KEYWORD))
print(inspect.Parameter.empty, inspect.Signature.empty is inspect.Parameter.empty)
try:
    inspect.no_such_helper
except AttributeError as e:
    print('AttributeError', e)
