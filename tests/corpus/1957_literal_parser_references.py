# How many references a literal small int leaves depends on where it is written: CPython's parser reads a number
# twice as an expression, once more where an assignment tries a target, and its optimizer keeps folded constants.
import sys


def count():
    return sys.getrefcount(int('173')) - base


base = sys.getrefcount(int('173'))
x = 173
print('assigned', count())
y = z = 173
print('chained', count())
print('argument', count(), 173)
items = [173, 173]
print('list', count())
pair = (173, 5)
print('tuple', count())
total = 1 + 172
print('folded', count())
negative = -(-173)
print('negated twice', count())
shifted = 173 + 0
print('left operand', count())
mapping = {173: 'key'}
print('dict key', count())
first = [173][0]
print('subscript', count())
text = f'{173}'
print('f-string', count())


def default(a=173):
    return a


print('default', count())
if x == 173:
    print('compared', count())
for i in range(3):
    loop = 173
print('loop', count())
chosen = 173 if x else 0
print('conditional', count())
