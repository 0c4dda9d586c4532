# A __del__ that raises: while the program runs the report shows the source line, during interpreter exit (after
# sys.modules is emptied, so io cannot be imported to read it) only the File line. The __del__ here is a callable
# object with its own repr, so the report names no address.
import gc


class RaisingHook:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"<hook {self.name}>"

    def __call__(self):
        print("hook", self.name, 1 / 0)


class Noisy:
    __del__ = RaisingHook("noisy")


early = Noisy()
del early
gc.collect()


class Node:
    __del__ = RaisingHook("cycle")

    def __init__(self):
        self.me = self


cyclic = Node()
kept = Noisy()
print("end of program")
