# Unpacking takes one item at a time (a generator is run no further than needed, an endless iterator fails
import sys
# at once) and the starred list is PySequence_List's, with list_extend's allocation (sys.getsizeof).
import itertools
try:
    a, b = (print(i) or i for i in range(5))
except ValueError as e:
    print(e)
try:
    a, b = itertools.count()
except ValueError as e:
    print(e)
a, *b, c = (print(i) or i for i in range(4))
print(a, b, c)
try:
    a, *b, c = (print(i) or i for i in range(1))
except ValueError as e:
    print(e)
a, *b, c = range(10)
print(sys.getsizeof(b), b)
a, *b = [1,2,3,4,5,6,7]
print(sys.getsizeof(b))
*b, c = (i for i in range(20))
print(sys.getsizeof(b))
a, *b, c = "abcdefghijkl"
print(sys.getsizeof(b))
