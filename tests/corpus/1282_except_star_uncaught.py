# An except* statement that leaves exceptions unhandled: CPython's exception group traceback, with the
# handler's own exception chained to the part it was handling.
import gc
import sys


class Resource:
    def __init__(self, name):
        self.name = name


def work():
    errors = []
    for i in range(4):
        try:
            if i % 2:
                raise ValueError(f"bad value {i}")
            raise OSError(f"disk {i}")
        except Exception as e:
            errors.append(e)
    raise ExceptionGroup("work failed", errors)


def handle():
    try:
        work()
    except* OSError as eg:
        print("OS errors:", len(eg.exceptions), sys.getrefcount(eg))
        raise RuntimeError("cleanup failed")


gc.collect()
try:
    handle()
except ExceptionGroup as g:
    print(repr(g))
    g = None
print("collected:", gc.collect())
handle()
