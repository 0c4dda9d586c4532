# object.__repr__ leaves the module out for builtins: <object object at 0x...>, <__main__.A object at 0x...>.
def shown(o):
    return repr(o).split(" at 0x")[0] + ">"


class A:
    pass


class B:
    __module__ = "builtins"


class Outer:
    class Inner:
        pass


print(shown(object()), shown(A()), shown(B()), shown(Outer.Inner()))
print(str(object()).split(" at ")[0], f"{object()!r}".split(" at ")[0], ("%s" % object()).split(" at ")[0])
print(object.__repr__(A()).split(" at ")[0], object().__repr__().split(" at ")[0], [shown(x) for x in [object(), A()]])
print({"k": shown(object())}, shown(type("Made", (), {})()), shown(type("Made", (), {"__module__": "builtins"})()))
