# warnings.warn: the default filters (once per location, DeprecationWarning shown for __main__), stacklevel,
# catch_warnings(record=True), simplefilter/filterwarnings actions, formatwarning, resetwarnings.
import warnings, sys
print(warnings.filters)
def f():
    warnings.warn("from f", stacklevel=2)
for i in range(3):
    warnings.warn("loop")
    f()
warnings.warn("dep", DeprecationWarning)
warnings.warn(RuntimeWarning("inst"))
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("a")
    warnings.warn("b", FutureWarning)
    print(len(log), log[0].message, log[1].category, log[0].lineno, log[0].filename == __file__)
    print(str(log[0]).replace(__file__, "F"))
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("boom", UserWarning)
    except UserWarning as e:
        print("caught", repr(e))
    warnings.filterwarnings("ignore", message="quiet")
    warnings.warn("quiet please")
warnings.warn("deep", stacklevel=10)
try:
    warnings.warn("x", int)
except TypeError as e:
    print(e)
try:
    warnings.simplefilter("bogus")
except AssertionError as e:
    print("assert", e)
warnings.filterwarnings("once")
warnings.warn("o1"); warnings.warn("o1")
def g():
    warnings.warn("o1")
g()
print(sys.modules["__main__"].__dict__.get("__warningregistry__") is not None)
print(warnings.formatwarning("m", UserWarning, "file.py", 3, "  code  "), end="")
print(len(warnings.filters))
warnings.resetwarnings()
print(warnings.filters)
warnings.warn("after reset")
warnings.warn("after reset")
