# SystemExit keeps its argument as e.code: None without one, the tuple of several; exit() and quit() raise it too.
import sys
def code_of(f):
    try:
        f()
    except SystemExit as e:
        return e.code, e.args
print(code_of(lambda: sys.exit()))
print(code_of(lambda: sys.exit(0)))
print(code_of(lambda: sys.exit(None)))
print(code_of(lambda: sys.exit("bye")))
print(code_of(lambda: exit(4)))
print(code_of(lambda: quit()))
e = SystemExit(1, 2)
print(e.code, repr(e), str(e))
e.code = 9
print(e.code, e.args)
print(SystemExit().code, SystemExit(None).code, SystemExit(False).code)
print(exit)
print(repr(quit))
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
class Done(SystemExit):
    pass
try:
    raise Done(5)
except SystemExit as e:
    print(type(e).__name__, e.code)
raise SystemExit(True)
