# A data descriptor on a metaclass (a property, a class with __set__/__delete__) wins over the class's own
# attributes for reading, setting and deleting them on the class (type_getattro, type_setattro).
class Registry(type):
    @property
    def table(cls):
        return cls.__name__.lower() + "s"

    @property
    def version(cls):
        return cls._version

    @version.setter
    def version(cls, value):
        print(f"  setting {cls.__name__}.version = {value}")
        cls._version = value


class Audited:
    def __get__(self, obj, owner=None):
        return "audited value"

    def __set__(self, obj, value):
        print("  Audited.__set__", value)

    def __delete__(self, obj):
        print("  Audited.__delete__")


class Meta(Registry):
    audit = Audited()
    plain = "meta plain"


class User(metaclass=Meta):
    table = "shadowed by the metaclass property"
    audit = "shadowed too"
    plain = "class wins over a non-data attribute"
    _version = 1


print(User.table, "|", User.audit, "|", User.plain, "|", User.version)
User.version = 2
print(User.version, User.__dict__["table"])
User.audit = 5
del User.audit
print(User().table, User().plain)
try:
    User.table = "users_v2"
except AttributeError as e:
    print("AttributeError:", e)
del User.table
