# Each builtin exception's __subclasses__() lists the builtin ones by name (CPython readies them from a sorted
# table), ExceptionGroup last (made later); classes a program makes follow in the order it makes them.
import builtins

for name in dir(builtins):
    x = getattr(builtins, name)
    if isinstance(x, type) and issubclass(x, BaseException):
        subs = [c.__name__ for c in x.__subclasses__() if c.__module__ == "builtins"]
        if subs:
            print(name, subs)


class AppError(Exception):
    pass


class ConfigError(AppError, ValueError):
    pass


class BadInput(ValueError):
    pass


print([c.__name__ for c in ValueError.__subclasses__() if c.__module__ in ("builtins", "__main__")])
print([c.__name__ for c in AppError.__subclasses__()])
print(Exception.__subclasses__()[:6])
print(BaseException.__subclasses__()[:5])
