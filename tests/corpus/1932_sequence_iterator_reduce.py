# copy.copy, deepcopy and pickle of the sequence iterators: listiter_reduce and its kin give iter(seq) or
# reversed(seq) and the index to go on from, and __setstate__ clamps the index as the C code does.
import copy, pickle, sys
it = iter([1, 2, 3])
next(it)
c = copy.copy(it)
print(next(c), next(it), c is it, list(c), list(it))
print(iter([]).__reduce__())
done = iter([1]); list(done); print(done.__reduce__())
t = iter((1, 2)); print(t.__reduce__()[0] is iter, t.__reduce__()[1:])
s = iter("héllo"); next(s); next(s); print(s.__reduce__()[1:], list(copy.copy(s)))
r = iter(range(3, 20, 4)); next(r); print(r.__reduce__(), list(copy.deepcopy(r)))
rr = reversed(range(5)); next(rr); print(rr.__reduce__(), list(copy.copy(rr)))
lr = reversed([1, 2, 3]); next(lr); print(lr.__reduce__(), list(copy.copy(lr)))
tr = reversed((1, 2, 3)); next(tr); print(tr.__reduce__(), list(copy.copy(tr)))
list(tr); print(tr.__reduce__())
list(lr); print(lr.__reduce__())
sr = reversed("abc"); print(sr.__reduce__())
x = iter([1, 2, 3])
for v in (5, -3, 1):
    x.__setstate__(v)
    print(v, list(copy.copy(x)))
y = reversed([1, 2, 3])
for v in (7, -5, 0, 1):
    y.__setstate__(v)
    print(v, list(copy.copy(y)))
z = iter(range(4))
for v in (9, -2, 2):
    z.__setstate__(v)
    print(v, list(copy.copy(z)))
for bad in ("1", 2**70, 1.5):
    try:
        iter([1]).__setstate__(bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
nested = [[1], [2]]
d = copy.deepcopy(iter(nested))
first = next(d)
print(first, first is nested[0])
p = pickle.loads(pickle.dumps(iter([4, 5, 6])))
print(list(p))
q = iter([7, 8, 9]); next(q)
print(list(pickle.loads(pickle.dumps(q))))
print(list(pickle.loads(pickle.dumps(reversed([1, 2])))))
lst = [1, 2]
it2 = iter(lst)
print(sys.getrefcount(lst))
red = it2.__reduce__()
print(sys.getrefcount(lst))
del red
print(sys.getrefcount(lst))

# A subclass of reversed rebuilds as itself; reversed() of a long str walks it once.
class Backwards(reversed):
    pass

b = Backwards((1, 2, 3))
next(b)
print(type(b).__name__, b.__reduce__())
twin = copy.copy(b)
print(type(twin).__name__, list(twin), twin.__reduce__())
word = Backwards("xyz")
next(word)
back = pickle.loads(pickle.dumps(word))
print(type(back).__name__, list(back))
print(len("".join(reversed("ab\u00e9\U0001f642" * 50000))), "".join(reversed("ab\U0001f642c")))
