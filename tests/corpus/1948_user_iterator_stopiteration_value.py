# A class's __next__ raising StopIteration(value): next() raises that very exception (value, traceback through
# __next__), and `yield from` takes its value as the result.
class Countdown:
    def __init__(self, start):
        self.n = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration("liftoff")
        self.n -= 1
        return self.n + 1


c = Countdown(2)
print(next(c), next(c), next(c, "default"))
try:
    next(c)
except StopIteration as e:
    print("caught", repr(e), e.value, e.__traceback__.tb_next.tb_frame.f_code.co_name)


def relay():
    result = yield from Countdown(3)
    print("relay got", result)
    return result.upper()


g = relay()
print(list(g))
gen = relay()
for x in gen:
    print("item", x)


def inner_gen():
    yield 1
    return "from generator"


def outer():
    r = yield from inner_gen()
    print("outer got", r)


print(list(outer()))


def pep479():
    yield next(Countdown(0))


try:
    list(pep479())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

next(Countdown(0))
