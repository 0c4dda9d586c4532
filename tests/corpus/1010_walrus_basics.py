# Assignment expressions: in if/elif/while tests, calls, displays, subscripts and comprehensions.
import sys

data = [3, 1, 4, 1, 5, 9, 2, 6]
if (n := len(data)) > 5:
    print('long list of', n)

if (first := data[0]) > 10:
    print('big')
elif (second := data[1]) == 1:
    print('second is one', first, second)

# A while loop consuming a stack.
stack = list(range(4))
while (top := stack.pop() if stack else None) is not None:
    print('popped', top)
print('top is', top)

# Unparenthesized where the grammar allows it: if/while tests, call arguments, list and set items, subscripts.
if total := sum(data):
    print('total', total)
print(len(word := 'walrus'), word)
print([y := 10, y * 2])
print({z := 3, z + 1})
print(data[i := 2], i)

# In a comprehension the name binds in the enclosing scope.
values = [v for x in data if (v := x * 2) > 8]
print(values, v)
print([last := x for x in range(5)], last)

def running_totals(xs):
    acc = 0
    out = [acc := acc + x for x in xs]
    return out, acc
print(running_totals([1, 2, 3, 4]))

# any() stops early: the witness is the first match.
if any((witness := x) > 4 for x in data):
    print('witness', witness)

# Nested comprehensions reach the same enclosing scope.
def nested():
    pairs = [[(found := (a, b)) for b in range(2)] for a in range(2)]
    return pairs, found
print(nested())

# A value's reference is held by the name as well as where it is used.
obj = object()
print(sys.getrefcount(obj))
print(sys.getrefcount(held := obj))
print(held is obj, sys.getrefcount(obj))

# At module level a comprehension's target is a global.
[gval := i * i for i in range(4)]
print(gval, 'gval' in globals())

# A function with `global` sends the comprehension's binding to the module.
def set_global():
    global counter
    [counter := k for k in 'abc']
set_global()
print(counter)

# Lambdas and default values.
f = lambda: (inner := 5) + inner
print(f())
def g(a=(d := 7)):
    return a
print(g(), d)

# Evaluation order: the value is stored before the rest of the expression runs.
print((a := 1) + (b := a + 1) + (c := b + 1), a, b, c)
