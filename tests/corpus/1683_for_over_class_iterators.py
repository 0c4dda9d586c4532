# for loops over instances of classes with a Python __next__: values, the end of the loop, what escapes it.
import gc
import sys


class Countdown:
    def __init__(self, start):
        self.n = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


class Noisy(Countdown):
    def __del__(self):
        print("iterator freed with", self.n, "left")


class Ending(Exception):
    def __del__(self):
        print("  exception freed")


class EndingStop(StopIteration, Ending):
    pass


class StopsLoudly(Countdown):
    def __next__(self):
        if self.n <= 0:
            raise EndingStop("done", self.n)
        return super().__next__()


class Refs(Countdown):
    def __next__(self):
        if self.n <= 0:
            raise StopIteration(42)
        self.n -= 1
        return sys.getrefcount(self)


class Broken(Countdown):
    def __next__(self):
        if self.n == 1:
            return {}["missing"]
        return super().__next__()


class WrongSignature(Countdown):
    def __next__(self, extra):
        return extra


class StaticNext(Countdown):
    __next__ = staticmethod(lambda: 7)


class GeneratorNext(Countdown):
    def __next__(self):
        yield self.n


print([x for x in Countdown(5)], sum(Countdown(10)), list(Countdown(3)))
for x in Countdown(3):
    for y in Countdown(2):
        print(x, y, end="; ")
print()
for x in Countdown(4):
    if x == 1:
        break
else:
    print("no break")
for x in Countdown(0):
    print("never")
else:
    print("else after an empty loop")
for x in Noisy(3):
    print("got", x)
print("after the loop")
for x in Noisy(5):
    if x == 3:
        break
print("after break")
for x in StopsLoudly(2):
    print("loud", x)
print("after loud stop")
print([r for r in Refs(3)])
gc.collect()
before = gc.get_count()
for x in Countdown(50):
    pass
print(gc.get_count()[0] - before[0])
try:
    for x in Broken(3):
        print("broken", x)
except KeyError as e:
    print("KeyError", e, e.__traceback__.tb_next.tb_frame.f_code.co_name)
try:
    for x in WrongSignature(2):
        pass
except TypeError as e:
    print("TypeError", e)
for x in StaticNext(1):
    print("static", x)
    break
for x in GeneratorNext(1):
    print(type(x).__name__)
    break


def depth(n):
    if n:
        return depth(n - 1)
    for x in Countdown(1):
        return x


try:
    depth(sys.getrecursionlimit() - 5)
except RecursionError as e:
    print("RecursionError", e)


def gen():
    for x in Countdown(3):
        yield x * 10


print(list(gen()))
for x in Broken(2):
    print("last", x)
