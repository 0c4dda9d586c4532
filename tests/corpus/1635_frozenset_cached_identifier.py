# A constant set display's strs merge through the compiler's constant cache: when a str's value entered the
# cache first as the parser's interned identifier (a keyword argument's name, a class name, an annotated name,
# an imported name, a keyword-only parameter with a default), the frozenset's item is that interned str and
# making the code object does not rebuild the frozenset, so it prints in its first order. A literal that came
# first (there), or a keyword used after the display (theta), still rebuild it.
dict(world=2)
print({'world', 'ü', 'z', 'Xy'})
dict(hello=2)
print({'hello', 'ü', 'z', 'Xy', 'bb', 'é', 'q1', 'r2'})
label = 'there'
dict(there=3)
print({'there', 'ü', 'z', 'Xy', 'bb', 'é', 'q1', 'r2'})


class alpha:
    pass


class iota:
    pass


print({'alpha', 'ü', 'z', 'Xy', 'bb', 'é', 'q1', 'r2'}, {'iota', 'ü', 'z', 'Xy', 'bb', 'é', 'q1', 'r2'})
gamma: int = 1
print({'gamma', 'ü', 'z', 'Xy', 'bb', 'é', 'q1', 'r2'})


def opts(*, delta=1):
    from os import epsilon
    return delta


print({'delta', 'ü', 'z', 'Xy', 'bb', 'é', 'q1', 'r2'}, {'epsilon', 'ü', 'z', 'Xy', 'bb', 'é', 'q1', 'r2'})


def show(**kw):
    return sorted(kw)


print({'zeta', 'ü', 'z', 'Xy', 'bb', 'é', 'q1', 'r2'}, show(zeta=1, **{}))
print({'theta', 'ü', 'z', 'Xy', 'bb', 'é', 'q1', 'r2'}, show(theta=1))
