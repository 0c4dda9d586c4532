# What a function, a builtin and a bound method show of themselves: dir() lists the same names as CPython's
# (their types' getsets and members), each can be read, and each has __call__ (callable objects all do).
import types


def greet(name, punctuation="!"):
    """Say hello."""
    return "hello " + name + punctuation


class Greeter:
    def hello(self):
        return "hi"


bound = Greeter().hello
for obj in [greet, len, print, bound, [].append]:
    names = dir(obj)
    print(type(obj).__name__, len(names), names)
    print(hasattr(obj, "__call__"), callable(obj))
print(greet.__call__("ann"), len.__call__([1, 2]), bound.__call__())
print(greet.__name__, greet.__qualname__, greet.__module__, greet.__defaults__, greet.__kwdefaults__, greet.__closure__)
print(greet.__builtins__ is __builtins__.__dict__, type(greet.__globals__).__name__, greet.__code__.co_name)
print(len.__name__, len.__qualname__, len.__module__, len.__self__, [].append.__self__, [].append.__qualname__)
print(bound.__func__ is Greeter.hello, type(bound.__self__).__name__)
for t in [types.FunctionType, types.BuiltinFunctionType, types.MethodType]:
    print(t.__name__, sorted(k for k in vars(t) if k in ("__call__", "__code__", "__self__", "__func__", "__module__", "__name__")))
    print(type(vars(t)["__call__"]).__name__)
print(type(vars(types.FunctionType)["__code__"]).__name__, type(vars(types.FunctionType)["__closure__"]).__name__)

# An exception's args, __cause__... are getsets of BaseException: dir() lists them, __setstate__ sets attributes.
err = ValueError("bad", 42)
print(dir(err))
err.__setstate__({"hint": "try again", "code": 7})
print(err.args, err.hint, err.code, err.__dict__, err.__suppress_context__, err.__cause__, err.__context__)
for key in ["args", "__cause__", "__suppress_context__", "__dict__", "__setstate__"]:
    print(key, type(vars(BaseException)[key]).__name__)
try:
    err.__setstate__(5)
except TypeError as e:
    print("TypeError:", e)


class AppError(Exception):
    pass


app = AppError("x")
app.args = ("y",)
print(app.args, str(app), "args" in dir(app), sorted(set(dir(app)) - set(dir(Exception()))))
app.args = [1, 2]
print(app.args, str(app))
try:
    del app.args
except TypeError as e:
    print("TypeError:", e)
