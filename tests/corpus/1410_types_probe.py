# types probe: the type objects a tutorial names, SimpleNamespace, MappingProxyType, new_class, MethodType.
import types, sys
def show(label, f):
    try:
        print(label, '=>', repr(f()))
    except Exception as e:
        print(label, '=>', type(e).__name__, e)
def fn():
    pass
def gen():
    yield 1
class C:
    def m(self):
        return 'm'
    @classmethod
    def cm(cls):
        return cls
show('FunctionType', lambda: (types.FunctionType, isinstance(fn, types.FunctionType), isinstance(len, types.FunctionType)))
show('LambdaType is FunctionType', lambda: types.LambdaType is types.FunctionType)
show('BuiltinFunctionType', lambda: (types.BuiltinFunctionType, isinstance(len, types.BuiltinFunctionType), types.BuiltinMethodType is types.BuiltinFunctionType))
show('MethodType', lambda: (types.MethodType, isinstance(C().m, types.MethodType), isinstance(C.cm, types.MethodType)))
show('GeneratorType', lambda: (types.GeneratorType, isinstance(gen(), types.GeneratorType)))
show('ModuleType', lambda: (types.ModuleType, isinstance(sys, types.ModuleType)))
show('CodeType', lambda: (types.CodeType, isinstance(fn.__code__, types.CodeType)))
show('NoneType', lambda: (types.NoneType, types.NoneType is type(None)))
show('EllipsisType NotImplementedType', lambda: (types.EllipsisType, types.NotImplementedType))
show('FrameType TracebackType', lambda: (types.FrameType, types.TracebackType))
show('GetSetDescriptorType', lambda: types.GetSetDescriptorType)
show('MemberDescriptorType', lambda: types.MemberDescriptorType)
show('MethodWrapperType', lambda: (types.MethodWrapperType, type((1).__add__)))
show('WrapperDescriptorType', lambda: (types.WrapperDescriptorType, type(int.__add__)))
show('MethodDescriptorType', lambda: (types.MethodDescriptorType, type(str.join)))
show('CellType', lambda: types.CellType)
show('MappingProxyType class', lambda: (types.MappingProxyType, type(C.__dict__) is types.MappingProxyType))
d = {'a': 1}
mp = types.MappingProxyType(d)
show('mappingproxy', lambda: (mp, mp['a'], len(mp), list(mp), 'a' in mp))
show('mappingproxy live', lambda: (d.__setitem__('b', 2), dict(mp))[1])
show('mappingproxy setitem', lambda: mp.__setitem__('c', 3))
show('mappingproxy item assign', lambda: exec('mp["c"] = 3', {'mp': mp}))
show('mappingproxy copy', lambda: mp.copy())
show('mappingproxy get', lambda: (mp.get('a'), mp.get('z', 0)))
show('mappingproxy list arg', lambda: types.MappingProxyType([1]))
ns = types.SimpleNamespace(x=1, y='two')
show('SimpleNamespace', lambda: ns)
show('ns attr', lambda: (ns.x, getattr(ns, 'z', None)))
show('ns set', lambda: (setattr(ns, 'z', [3]), ns)[1])
show('ns del', lambda: (delattr(ns, 'z'), ns)[1])
show('ns missing', lambda: ns.nope)
show('ns eq', lambda: (ns == types.SimpleNamespace(x=1, y='two'), ns == types.SimpleNamespace(x=1)))
show('ns empty', lambda: types.SimpleNamespace())
show('ns positional', lambda: types.SimpleNamespace({'a': 1}))
show('ns dict', lambda: vars(ns))
show('ns nested', lambda: types.SimpleNamespace(inner=types.SimpleNamespace(v=0)))
show('ns recursive', lambda: (lambda q: (setattr(q, 'me', q), repr(q))[1])(types.SimpleNamespace()))
show('ns hash', lambda: hash(ns))
show('ns sizeof', lambda: sys.getsizeof(types.SimpleNamespace()))
def bound():
    return types.MethodType(lambda self, k: (self.x, k), ns)(5)
show('MethodType bind', bound)
show('MethodType bad', lambda: types.MethodType(5, ns))
show('MethodType none self', lambda: types.MethodType(fn, None))
show('MethodType attrs', lambda: (lambda bm: (bm.__self__ is ns, bm.__func__ is fn))(types.MethodType(fn, ns)))
mod = types.ModuleType('demo', 'Demo doc')
mod.value = 42
show('ModuleType new', lambda: (mod.__name__, mod.__doc__, mod.value, repr(mod)))
show('ModuleType no name', lambda: types.ModuleType())
show('ModuleType int name', lambda: types.ModuleType(5))
show('ModuleType dict keys', lambda: sorted(vars(mod)))
Point = types.new_class('Point', (), {}, lambda ns: ns.update({'dims': 2}))
show('new_class', lambda: (Point, Point.dims, Point.__module__))
show('new_class bases', lambda: types.new_class('Sub', (C,))().m())
show('new_class metaclass', lambda: type(types.new_class('M', (), {'metaclass': type})))
show('resolve_bases', lambda: types.resolve_bases((int, C)))
show('prepare_class', lambda: types.prepare_class('X', (C,))[0])
mod2 = types.ModuleType('scratch')
show('module repr', lambda: repr(mod2))
mod2.__file__ = 'scratch.py'
show('module repr file', lambda: repr(mod2))
show('module kw', lambda: types.ModuleType(name='k', doc='d').__doc__)
show('module too many', lambda: types.ModuleType('a', 'b', 'c'))
show('module bad kw', lambda: types.ModuleType('x', x=1))
show('module vars', lambda: list(vars(types.ModuleType('q')).items()))
show('module sizeof', lambda: sys.getsizeof(mod2))
