# The gc count a program starts with replays what the compiler allocated: a tuple constant the compiler makes
# (import names, a constant list's items, folded defaults, annotations and mapping keys) is freed as soon as
# the constant cache already has an equal one, where one the AST optimizer folds stays in the parser's arena
# until compilation ends. Repeated displays and imports left python3's count lower than ours.
import gc

print(gc.get_count())


def step0(a=1, b=2, *, c=0, d='x'):
    from os import sep, curdir
    match a:
        case {'k': 1, 'j': 0}:
            return [1, 2, 3]
    return [4, 5, 6, 0]


def step1(a=1, b=2, *, c=1, d='x'):
    from os import sep, curdir
    match a:
        case {'k': 1, 'j': 1}:
            return [1, 2, 3]
    return [4, 5, 6, 1]


def step2(a=1, b=2, *, c=2, d='x'):
    from os import sep, curdir
    match a:
        case {'k': 1, 'j': 2}:
            return [1, 2, 3]
    return [4, 5, 6, 2]


def step3(a=1, b=2, *, c=3, d='x'):
    from os import sep, curdir
    match a:
        case {'k': 1, 'j': 0}:
            return [1, 2, 3]
    return [4, 5, 6, 3]


def step4(a=1, b=2, *, c=4, d='x'):
    from os import sep, curdir
    match a:
        case {'k': 1, 'j': 1}:
            return [1, 2, 3]
    return [4, 5, 6, 4]


def step5(a=1, b=2, *, c=5, d='x'):
    from os import sep, curdir
    match a:
        case {'k': 1, 'j': 2}:
            return [1, 2, 3]
    return [4, 5, 6, 5]


def step6(a=1, b=2, *, c=6, d='x'):
    from os import sep, curdir
    match a:
        case {'k': 1, 'j': 0}:
            return [1, 2, 3]
    return [4, 5, 6, 6]


def step7(a=1, b=2, *, c=7, d='x'):
    from os import sep, curdir
    match a:
        case {'k': 1, 'j': 1}:
            return [1, 2, 3]
    return [4, 5, 6, 7]


rows = [[7, 8, 9]]
rows.append([7, 8, 9])
from os import sep, curdir
rows.append([7, 8, 9])
from os import sep, curdir
rows.append([7, 8, 9])
from os import sep, curdir
rows.append([7, 8, 9])
from os import sep, curdir
rows.append([7, 8, 9])
from os import sep, curdir
rows.append([7, 8, 9])
from os import sep, curdir
rows.append([7, 8, 9])
from os import sep, curdir
rows.append([7, 8, 9])
from os import sep, curdir
rows.append([7, 8, 9])
from os import sep, curdir
rows.append([7, 8, 9])
from os import sep, curdir

print(gc.get_count(), len(rows), step3(), step5({'k': 1, 'j': 2}))
