# classmethod and staticmethod copy their function's name, qualname, module, doc and annotations (3.10+),
# so decorators and docs tools can read them from the class's __dict__.
import sys


class Temperature:
    """A reading in Celsius."""

    def __init__(self, celsius):
        self.celsius = celsius

    @classmethod
    def from_fahrenheit(cls, f: float) -> "Temperature":
        """Build a reading from Fahrenheit."""
        return cls((f - 32) * 5 / 9)

    @staticmethod
    def is_freezing(c: float) -> bool:
        return c <= 0


for name in ("from_fahrenheit", "is_freezing"):
    wrapper = Temperature.__dict__[name]
    print(type(wrapper).__name__, wrapper.__name__, wrapper.__qualname__, wrapper.__module__)
    print("  doc:", wrapper.__doc__)
    print("  annotations:", wrapper.__annotations__)
    print("  wrapped is func:", wrapper.__wrapped__ is wrapper.__func__)

func = Temperature.__dict__["is_freezing"].__func__
print(Temperature.__dict__["is_freezing"].__annotations__ is func.__annotations__)
print(round(Temperature.from_fahrenheit(212).celsius, 2), Temperature.is_freezing(-3))

plain = staticmethod(len)
print(plain.__name__, plain.__qualname__, plain.__module__, plain.__doc__ == len.__doc__)
print(sys.getrefcount(func) - 1)

# The wrapped callables are read-only members; a property's __doc__ is a writable one.
for owner, attribute in ((classmethod, "__func__"), (staticmethod, "__wrapped__"), (property, "fget")):
    print(owner.__name__, attribute, type(owner.__dict__[attribute]).__name__)
for target, attribute in ((Temperature.__dict__["from_fahrenheit"], "__func__"), (Temperature.__dict__["is_freezing"], "__wrapped__"),
                          (Temperature.__dict__["is_freezing"], "__isabstractmethod__")):
    try:
        setattr(target, attribute, None)
    except AttributeError as e:
        print("AttributeError:", e)


class Account:
    @property
    def balance(self):
        "The balance in cents."
        return 100


prop = Account.__dict__["balance"]
try:
    prop.fget = None
except AttributeError as e:
    print("AttributeError:", e)
prop.__doc__ = "The balance, in cents, after fees."
print(prop.__doc__, Account().balance)
del prop.__doc__
print(prop.__doc__)

# property takes its getter's __doc__ when it is made (getter_doc); a copy with a new getter takes the new one's.
def get_name(self):
    "The name."
    return "n"


name = property(get_name)
get_name.__doc__ = "Renamed."
print(name.__doc__, name.setter(lambda self, value: None).__doc__, name.getter(lambda self: "m").__doc__)
print(property(get_name, doc="Given.").getter(lambda self: "m").__doc__, name.getter(None).fget is get_name)


class Labelled(property):
    pass


print(Labelled(lambda self: 1).__dict__, Labelled(None, doc="d").__dict__, Labelled(get_name).__doc__)
print(Temperature.__dict__["from_fahrenheit"].__no_such_name__)
