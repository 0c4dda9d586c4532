# Instance attributes whose class has a value of the same name (a default, a method, a non-data descriptor): the
# instance dict decides, until the class's attribute becomes a data descriptor. Each read and store below runs
# from the same instruction many times, so the eval loop's caches for it are warm when the class changes.
class Counter:
    count = 0
    label = "counter"

    def bump(self):
        self.count += 1
        return self.count


def read_write(obj, rounds):
    seen = []
    for i in range(rounds):
        seen.append(obj.count)
        obj.count = i * 10
    return seen


c = Counter()
print(read_write(c, 4), c.count, Counter.count, c.__dict__)
print([c.bump() for _ in range(3)], c.label)
Counter.count = property(lambda self: "from property")
print(c.count, c.__dict__)
try:
    read_write(c, 2)
except AttributeError as e:
    print("AttributeError:", e)
del Counter.count
print(read_write(c, 2), c.__dict__)


class Getter:
    def __get__(self, obj, owner):
        return "Getter.__get__"


class Holder:
    x = Getter()


def store_then_read(obj, value):
    obj.x = value
    return obj.x


h = Holder()
print([store_then_read(h, i) for i in range(3)], h.__dict__)
Getter.__set__ = lambda self, obj, value: print("Getter.__set__", value)
print([store_then_read(h, i) for i in range(3, 5)], h.__dict__)
del Getter.__set__
print([store_then_read(h, i) for i in range(5, 7)], h.__dict__)


class Method:
    def greet(self):
        return "method"


m = Method()
for value in ("instance value", "again"):
    m.greet = value
    print(m.greet)
del m.greet
print(m.greet())
