# 'import *' inside a function is a compile-time SyntaxError (the program never runs).
print('never printed')


def inner():
    from math import *
    return sqrt(4)
