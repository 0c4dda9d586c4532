# A class statement whose base is no class (a learner subclassing a module or an instance): __build_class__ takes
# the first base's type as the metaclass and calls it with (name, bases, namespace) after the body has run.
import random
import sys


def attempt(make):
    try:
        result = make()
        print("made", type(result).__name__)
        return result
    except TypeError as e:
        print("TypeError:", e)


def subclass_module():
    class Dice(random):
        print("body runs first")
        sides = 6
    return Dice


attempt(subclass_module)


class Plain:
    pass


def subclass_instance():
    class Child(Plain()):
        pass
    return Child


attempt(subclass_instance)


class Recorder:
    def __init__(self, *args):
        self.args = args


def subclass_recorder():
    class Odd(Recorder()):
        x = 1
    return Odd


odd = attempt(subclass_recorder)
print(odd.args[0], odd.args[1][0].__class__.__name__, sorted(k for k in odd.args[2] if not k.startswith("__")))


def mixed_bases():
    class Mixed(Plain, 5):
        pass


attempt(mixed_bases)


def object_base():
    class FromObject(object()):
        pass


attempt(object_base)
print(sys.getrefcount(random))
