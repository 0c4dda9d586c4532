# __set_name__ is called bound while two dicts hold the value (type_new's copies), and what it raises becomes
# the cause of a RuntimeError naming the instance and the class.
import sys
class F:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name, sys.getrefcount(self))
        self.name = name
class M:
    f = F()
    g = F()
print(M.f.name, M.g.name, sys.getrefcount(M.__dict__["f"]))
class D:
    def __set_name__(self, o, n):
        raise ValueError("nope")
try:
    class K:
        x = D()
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__), e.__suppress_context__)
from functools import cached_property
try:
    class Two:
        @cached_property
        def a(self): return 1
        b = a
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__)
class K2:
    x = D()
