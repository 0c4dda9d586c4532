# Assignment expressions in comprehensions: the name lives in the enclosing function (a cell the comprehension
# shares), unbound until the comprehension stores it.
def comp_sets_local():
    [x := i for i in range(3)]
    return x
print(comp_sets_local())

def plain_local():
    if (y := 2):
        return y
print(plain_local())

def in_genexpr():
    g = (m := i for i in range(3))
    before = 'm' in locals()
    total = list(g)
    return before, total, m
print(in_genexpr())

def closure_reads():
    [k := j for j in range(4)]
    return lambda: k
print(closure_reads()())

# Unbound before the comprehension runs.
def unbound_first():
    try:
        print(w)
    except NameError as e:
        print(type(e).__name__, e)
    [w := 1 for _ in range(1)]
    return w
print(unbound_first())

# Empty iterable: the name stays unbound.
def never():
    [q := 1 for _ in []]
    return q
try:
    never()
except UnboundLocalError as e:
    print(type(e).__name__, e)
