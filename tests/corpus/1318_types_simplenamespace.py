import types, sys, gc
ns = types.SimpleNamespace(a=1, b='x')
print(ns, repr(ns), ns.a, ns.b, type(ns), type(ns).__name__, type(ns).__module__, type(ns).__qualname__)
ns.c = [1]; del ns.a
print(ns, vars(ns), ns.__dict__ is vars(ns), sys.getsizeof(ns), sys.getrefcount(ns))
print(ns == types.SimpleNamespace(b='x', c=[1]), ns != types.SimpleNamespace(), ns == 1)
try: hash(ns)
except TypeError as e: print(e)
try: types.SimpleNamespace(1)
except TypeError as e: print(e)
try: ns.zzz
except AttributeError as e: print(e)
ns.self = ns
print(ns)
e = types.SimpleNamespace()
print(e, bool(e), gc.is_tracked(e), gc.is_tracked(e.__dict__))
gc.collect()
c0 = gc.get_count()[0]
x = types.SimpleNamespace(q=2)
print(gc.get_count()[0] - c0)
del ns
print(gc.collect())
print(types.SimpleNamespace(**{'k': 1}), types.SimpleNamespace({'a': 1}) if False else '')
print(sys.implementation.name, sys.implementation.cache_tag, sys.implementation.version)
import gc, collections, types
gc.collect()
c0 = gc.get_count()[0]
x = collections.deque(maxlen=3)
print(gc.get_count()[0] - c0)
c0 = gc.get_count()[0]
y = collections.deque([1], 3)
print(gc.get_count()[0] - c0)
c0 = gc.get_count()[0]
z = types.SimpleNamespace()
print(gc.get_count()[0] - c0)
c0 = gc.get_count()[0]
w = types.SimpleNamespace(a=1, b=2)
print(gc.get_count()[0] - c0)
print(types.FunctionType, types.LambdaType is types.FunctionType, types.GeneratorType, types.MethodType, types.ModuleType, types.NoneType)
print(types.BuiltinFunctionType, types.CellType, types.CodeType, types.MappingProxyType, types.TracebackType, types.FrameType)
def gen(): yield 1
print(isinstance(gen(), types.GeneratorType), isinstance(len, types.BuiltinFunctionType), isinstance(gen, types.FunctionType))
C = types.new_class('C', (object,), {}, lambda ns: ns.update(x=1))
print(C, C.x, C.__mro__)
print(types.MappingProxyType({'a': 1})['a'], types.GetSetDescriptorType, types.MemberDescriptorType, types.EllipsisType)
