# Exceptions raised in Python code that builtins call (a generator consumed by list() or sum(), a property
# read by getattr, __repr__ called by a key function of sorted) travel back through the builtin to the
# calling frame's handlers; the traceback lists only Python frames, as CPython's does.
def gen():
    yield 1
    raise ValueError("inside generator")
def consume():
    return list(gen())
try:
    consume()
except ValueError as e:
    print("caught", e)
try:
    total = sum(x for x in [1, 2, "three"])
except TypeError as e:
    print("caught", e)

class P:
    @property
    def value(self):
        return self.missing
p = P()
print(getattr(p, "value", "default"), hasattr(p, "value"))

class A:
    def __repr__(self):
        return "A(" + str(1 / 0) + ")"
def helper(items):
    return sorted(items, key=lambda a: repr(a))
def main():
    data = [A(), A()]
    print(helper(data))
main()
