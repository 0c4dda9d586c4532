# match: literals, captures, wildcards, sequences with a star, mappings with **rest, guards and `as`.
def describe(x):
    match x:
        case 0:
            return 'zero'
        case 1 | 2 | 3:
            return 'small'
        case -1:
            return 'minus one'
        case 'hello':
            return 'greeting'
        case None:
            return 'none'
        case True:
            return 'true'
        case [a]:
            return f'one item {a}'
        case [a, b]:
            return f'two items {a} {b}'
        case [first, *rest]:
            return f'first {first} rest {rest}'
        case {'name': name, **others}:
            return f'named {name} {others}'
        case {}:
            return 'mapping'
        case str() as s:
            return f'string {s!r}'
        case float(v) if v > 100:
            return f'big float {v}'
        case _:
            return 'other'

for v in [0, 2, -1, 'hello', None, True, 1.0, [9], (1, 2), [1, 2, 3], {'name': 'n', 'x': 1}, {'y': 2},
          'abc', 500.0, 5.0, range(3), 'q', [], ()]:
    print(repr(v), '->', describe(v))

# Strings are not sequences for patterns; tuples and lists match alike.
match 'ab':
    case [x, y]:
        print('sequence', x, y)
    case _:
        print('a string is not a sequence pattern')

# Nested patterns and a star in the middle.
match [1, [2, 3], 4, 5, 6]:
    case [1, [two, three], *middle, last]:
        print(two, three, middle, last)

# *_ takes items by index, without a list.
match (10, 20, 30, 40):
    case (first, *_, last):
        print(first, last)

# The subject can be a tuple written without parentheses.
point = (3, 0)
match point[0], point[1]:
    case (0, 0):
        print('origin')
    case (x, 0):
        print('on the x axis at', x)

# Guards see the captures; a failed guard leaves them bound and goes on.
match [5, 6]:
    case [a, b] if a > b:
        print('descending')
    case [a, b]:
        print('not descending', a, b)

# A guard on the last wildcard.
for n in [3, -3]:
    match n:
        case 0:
            print('zero')
        case _ if n > 0:
            print('positive')
    print('after', n)

# Mapping patterns ignore extra keys and look keys up without iterating.
config = {'mode': 'fast', 'level': 3, 'debug': False}
match config:
    case {'mode': 'slow'}:
        print('slow')
    case {'mode': 'fast', 'level': int(level)}:
        print('fast at level', level)

# Or-patterns binding the same names in different orders.
for item in [('point', 1, 2), ('swap', 3, 4), ('other',)]:
    match item:
        case ('point', x, y) | ('swap', y, x):
            print('coordinates', x, y)
        case _:
            print('no coordinates')
