# Tuple constants the compiler makes (keyword names, the names of `from m import a, b`, a constant list's items,
# a constant-key dict's keys, keyword-only defaults' names) are not held by the parser's arena as the ones the
# AST optimizer folds are: getrefcount is one lower. A BUILD_TUPLE of constants (positional defaults, constant
# annotations, a mapping pattern's keys) is folded when the unit is assembled: its items stay in co_consts and
# the tuple comes last, after nested functions' constants, whose equal tuple it then is.
import sys


def show(code):
    tuples = [c for c in code.co_consts if type(c) is tuple]
    print(tuples, [sys.getrefcount(t) - 3 for t in tuples])


def point(**kw):
    return kw


def make():
    return point(x=1, y=2), [10, 20, 30], {'left': make, 'right': show}, (4, 5, 6)


show(make.__code__)




def scale(v, *, factor=2, offset=0):
    return v * factor + offset


print(scale.__kwdefaults__)


def tag(a=5, b=6):
    return (5, 6)


print(tag() is tag.__defaults__, sys.getrefcount(tag.__defaults__) - 2)


def pad(a=7, b=8):
    return a + b


print(sys.getrefcount(pad.__defaults__) - 2)


def label(text: 'name', size: 2) -> 'str':
    return text


def kind(d):
    match d:
        case {'k': 1, 'j': 2}:
            return 'kj'
        case {'k': 1}:
            return 'k'
    return None


print(kind({'k': 1, 'j': 2}), kind({'k': 1}), kind({}))
show(kind.__code__)
show(sys._getframe().f_code)
