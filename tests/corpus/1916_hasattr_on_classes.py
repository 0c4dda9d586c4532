# hasattr() and getattr() with a default on classes: what the class, its MRO and its metaclass have, the type's
# own data attributes, and a metaclass's __getattr__ (asked only when nothing else has the name).
class Base:
    base_attr = 1

    def method(self):
        return 2


class Child(Base):
    own = 3


class Meta(type):
    meta_attr = "from the metaclass"

    def meta_method(cls):
        return cls.__name__


class WithMeta(metaclass=Meta):
    pass


class LazyMeta(type):
    def __getattr__(cls, name):
        if name.startswith("lazy_"):
            return name.upper()
        raise AttributeError(name)


class Lazy(metaclass=LazyMeta):
    pass


for cls in (int, list, dict, Base, Child, WithMeta, Lazy):
    names = ("keys", "append", "base_attr", "method", "own", "meta_attr", "meta_method", "lazy_one", "missing",
             "mro", "__name__", "__doc__", "__mro__", "__getitem__", "__missing__", "__len__")
    print(cls.__name__, [name for name in names if hasattr(cls, name)])
    print(cls.__name__, [getattr(cls, name, None) is None for name in names])
print(getattr(Lazy, "lazy_x", "default"), getattr(Lazy, "other", "default"), getattr(WithMeta, "meta_attr", 0))
Base.added_later = "now here"
print(hasattr(Child, "added_later"), getattr(Child, "added_later", None))
del Base.added_later
print(hasattr(Child, "added_later"))
Meta.late = 5
print(hasattr(WithMeta, "late"), getattr(WithMeta, "late", None))
print(sum(1 for _ in range(3000) if hasattr(list, "keys") or not hasattr(dict, "keys")))
