# The C modules' docs: the modules' own __doc__, their functions' and their types' (fetched with the docs table).
import array
import collections
import gc
import itertools
import math
import sys
import time

for module in (gc, math, sys, time, itertools, array):
    print(module.__name__, "|", module.__doc__.splitlines()[0])
for t in (collections.deque, itertools.count, itertools.chain, array.array, time.struct_time):
    print(t.__name__, "|", t.__doc__.splitlines()[0])
print(list.__doc__.splitlines()[0], "|", type.__doc__.splitlines()[0])


class Mine:
    pass


print(Mine.__doc__, "|", type(Mine()).__doc__)
help("math.sqrt")
help(time.time)
help(list.__len__)
help(collections.deque.append)
help(sys.getsizeof)
help(gc.get_referents)
help(int.bit_length)
help("int.bit_length")
