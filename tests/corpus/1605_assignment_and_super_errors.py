# Errors a beginner meets with the exact words of CPython 3.11: assigning to True/None/an ellipsis, augmented
# assignment to a tuple or list, and zero-argument super() outside a method (no arguments, arg[0] deleted, no
# __class__ cell).
    try:
        compile(code, 's', 'exec')
    except SyntaxError as e:
        print(repr(code), '->', e.msg, e.offset, e.end_offset)
class A:
    def hello(self):
        return "A"
class B(A):
    def hello(self):
        return "B" + super().hello()
    def nested(self):
        return (lambda: super().hello())
    def deleted(self):
        del self
        return super().hello()
    @staticmethod
    def static():
        return super().hello()
    def captured(self):
        def inner():
            return self
        return super().hello() + inner().hello()
print(B().hello(), B().captured())
for f in (lambda: super(), B().nested(), B().deleted, B.static):
    try:
        f()
    except (RuntimeError, TypeError) as e:
        print(type(e).__name__, e)
try:
    super()
except RuntimeError as e:
    print(e)
def plain(x):
    return super()
try:
    plain(1)
except RuntimeError as e:
    print(e)
