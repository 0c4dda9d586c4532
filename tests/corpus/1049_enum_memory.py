# enum and memory: members are single objects shared by every lookup; the class holds them in several tables.
import gc
import sys
from enum import Enum, Flag, auto


class Color(Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1


red = Color.RED
print("same object:", Color(1) is red, Color["RED"] is red, Color.CRIMSON is red)
print("refs to a member:", sys.getrefcount(red))
print("refs to an alias-free member:", sys.getrefcount(Color.GREEN))
print("member size:", sys.getsizeof(red))
print("lookups add no references:", [Color(1) for _ in range(3)] and sys.getrefcount(red))


class Perm(Flag):
    R = auto()
    W = auto()


rw = Perm.R | Perm.W
print(rw, "cached:", (Perm.R | Perm.W) is rw, sys.getrefcount(rw))


class Node(Enum):
    A = 1

    def link(self, other):
        self.peer = other


gc.collect()
Node.A.link(Node.A)
print("self-referencing member refs:", sys.getrefcount(Node.A))
holder = [Color.GREEN]
del holder
print("after del:", sys.getrefcount(Color.GREEN))
print(type(Color), type(Color).__mro__)
