# A class's str() and format() use its metaclass's __str__ and __format__ (object_str, PyObject_Format), as its
# repr uses the metaclass's __repr__.
class Meta(type):
    def __repr__(cls):
        return f"<Meta {cls.__name__}>"

    def __str__(cls):
        return f"class {cls.__name__} (made by Meta)"

    def __format__(cls, spec):
        return f"{cls.__name__:{spec}}" if spec else str(cls)


class Model(metaclass=Meta):
    pass


class ReprOnly(type):
    def __repr__(cls):
        return f"ReprOnly<{cls.__name__}>"


class Plain(metaclass=ReprOnly):
    pass


print(Model)
print(repr(Model), str(Model), [Model])
print(f"{Model}|{Model:>8}|{Model!r}", format(Model, "<7") + "|", "%s / %r" % (Model, Model))
print(Plain, str(Plain), f"{Plain}", format(Plain, ""))
print(int, str(int), f"{int}", format(list))
