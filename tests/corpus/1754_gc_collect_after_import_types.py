# python3 imports types at start-up and its leftovers are long gone: importing it leaves nothing for the collector.
import gc
import types
print(gc.collect())
print(types.MethodType, types.GetSetDescriptorType, types.MemberDescriptorType)
class Point:
    __slots__ = ("x",)
    def move(self):
        pass
print(isinstance(Point().move, types.MethodType), isinstance(Point.x, types.MemberDescriptorType))
print(isinstance(types.FunctionType.__code__, types.GetSetDescriptorType))
print(gc.collect())
