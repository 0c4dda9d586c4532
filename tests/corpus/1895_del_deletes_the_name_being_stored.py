# A __del__ that deletes the very name or attribute whose store released its object, in a loop the interpreter
# has quickened: the next store must not go into the deleted entry (it crashed, or lost the attribute).
import sys


class DropsGlobal:
    def __del__(self):
        global y
        print("DropsGlobal.__del__ sees y:", "y" in globals())
        del y


y = DropsGlobal()
for i in range(12):
    y = [i]
print("y is", y)


class Box:
    pass


box = Box()


class DropsAttribute:
    def __del__(self):
        print("DropsAttribute.__del__, box has a:", hasattr(box, "a"))
        del box.a


def fill():
    for i in range(12):
        box.a = DropsAttribute() if i % 4 == 0 else [i]
    return box.a


print("box.a is", fill(), sorted(vars(box)))


class Counts:
    def __del__(self):
        print("Counts.__del__", sys.getrefcount(z))


z = Counts()
for i in range(10):
    z = Counts() if i < 3 else i
print("z is", z)
