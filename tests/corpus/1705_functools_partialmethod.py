# functools.partialmethod: partial application for methods, classmethods and nested partialmethods.
from functools import partialmethod, partial
class Cell:
    def __init__(self):
        self.alive = False
    def set_state(self, state, *, reason="?"):
        self.alive = state
        return reason
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, reason="old")
    @classmethod
    def make(cls, n, m):
        return (cls.__name__, n, m)
    make_one = partialmethod(make, 1)
c = Cell()
print(c.set_alive(), c.alive, c.set_dead(), c.alive, c.set_alive(reason="x"))
print(Cell.make_one(2), c.make_one(3))
print(type(Cell.__dict__["set_alive"]).__name__, Cell.__dict__["set_dead"].args, Cell.__dict__["set_dead"].keywords)
print(Cell.set_alive.__name__ if hasattr(Cell.set_alive, "__name__") else "no name")
nested = partialmethod(Cell.__dict__["set_dead"])
print(nested.args, nested.keywords)
try:
    partialmethod(5)
except TypeError as e:
    print("TypeError:", e)
