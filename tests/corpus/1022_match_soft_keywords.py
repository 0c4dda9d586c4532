# `match` and `case` stay usable as names; a match statement only begins where its header parses.
match = [1, 2, 3]
case = 'c'
print(match, case)
match[0] = 10
print(match)
def match_it(match, case):
    return match + case
print(match_it(1, 2))
_ = 5
print(_)

match (1, 2):
    case (a, b):
        print('tuple subject', a, b)

match -1:
    case -1:
        print('negative literal')

match match:
    case [10, *case]:
        print('named match and case', case)

class case:
    pass
print(case.__name__)

# The captured names are ordinary variables afterwards.
match {'k': [1, 2]}:
    case {'k': [x, *y]} as whole:
        pass
print(x, y, whole)

# Failed patterns bind nothing.
z = 'unchanged'
match [1, 2]:
    case [z, 3]:
        print('no')
    case _:
        print(z)

# Walrus in a subject.
match (n := 4):
    case 4:
        print('four', n)
