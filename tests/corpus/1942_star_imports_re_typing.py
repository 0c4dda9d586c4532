# `from re import *` and `from typing import *` take each module's __all__ (re.template is in it; typing's
# collections aliases too).
from re import *
print(findall(r"\d+", "a1b22"), IGNORECASE, sub(r"\s+", " ", "a  b   c"), bool(match("ab", "ABC", I)))

import typing
ns = {}
exec("from typing import *", ns)
names = set(ns) - {"__builtins__"}
print(len(names), sorted(names - set(dir(typing))), sorted(set(typing.__all__) - names))
print(sorted(names))
print(ns["Counter"], ns["DefaultDict"][str, int], ns["Deque"][int])


@typing.no_type_check_decorator
def tagged(label):
    def wrap(func):
        func.label = label
        return func
    return wrap


@tagged("fast")
def work(x: int) -> int:
    return x


print(work.label, hasattr(work, "__no_type_check__"), tagged.__name__)
