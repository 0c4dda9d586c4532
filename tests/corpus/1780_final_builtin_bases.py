# Builtin types CPython makes final refuse to be a base in its words: class statement, type(), __bases__ assignment.
import types

finals = [range, slice, memoryview, bool, type(None), type(NotImplemented), type(...), types.FunctionType,
          types.BuiltinFunctionType, types.MethodType, types.CodeType, types.GeneratorType, types.MappingProxyType,
          types.GetSetDescriptorType, types.MethodWrapperType, type(iter([])), type(iter(range(3))), type({}.keys()),
          type(iter({})), type(reversed([])), type(iter(lambda: 0, 1))]
for base in finals:
    try:
        class X(base):
            pass
        print(base.__name__, "accepted")
    except TypeError as e:
        print(type(e).__name__, e)
try:
    type("Y", (int, range), {})
except TypeError as e:
    print(type(e).__name__, e)


class A:
    pass


class B:
    pass


try:
    A.__bases__ = (slice,)
except TypeError as e:
    print(type(e).__name__, e)
class Ok(int):
    pass
print(Ok(3) + 1, isinstance(Ok(2), int))
