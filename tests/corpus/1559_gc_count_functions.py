# Functions that differ only in an operator share a line table but not their bytecode.
def add(x):
    return x + 1
def mul(y):
    return y * 2
def neg(x):
    return -x
def inv(x):
    return ~x
import gc
print(gc.get_count())
print(add(1), mul(2), neg(3), inv(4))
print(gc.get_count())
