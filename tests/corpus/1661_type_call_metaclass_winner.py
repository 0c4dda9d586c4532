# type(name, bases, dict) where a base's metaclass wins: its own __new__ and __init__ make the class
# (type_new_get_bases passes the call on), and dir() of a class uses its metaclass's __dir__.
class Registry(type):
    created = []

    def __new__(mcls, name, bases, ns, **kw):
        print("Registry.__new__", name, sorted(kw.items()))
        cls = super().__new__(mcls, name, bases, ns)
        mcls.created.append(name)
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("Registry.__init__", name, sorted(ns))

    def __dir__(cls):
        return ["zeta", "alpha", cls.__name__]


class Plugin(metaclass=Registry):
    pass


Dyn = type("Dyn", (Plugin,), {"x": 1}, flavour="mint")
print(type(Dyn).__name__, Dyn.x, Registry.created)
Other = type("Other", (Plugin,), {})
print(type(Other).__name__, isinstance(Other(), Plugin))
print(dir(Plugin), dir(Dyn))


class OnlyInit(type):
    def __init__(cls, name, bases, ns):
        print("OnlyInit.__init__", name)
        super().__init__(name, bases, ns)


class Base(metaclass=OnlyInit):
    pass


Made = type("Made", (Base,), {"y": 2})
print(type(Made).__name__, Made.y)


class Plain:
    def __dir__(self):
        return ("b", "a")


print(dir(Plain()), dir(Plain)[-3:])
