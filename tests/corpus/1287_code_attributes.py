# A function's code object: co_consts (None or the docstring first), co_names, co_varnames, counts and names.


def area(width, height=2, *rest, scale, **options):
    result = width * height
    label = "area"
    return result * 2.5, label, None


def documented():
    """Returns one."""
    return 1


def documented_falls_off():
    """Nothing to return."""
    print("side effect")


def total(n):
    acc = 0
    for i in range(n):
        acc += i
    return acc


def nothing():
    pass


def outer(x):
    def inner():
        return x
    return inner


def make_adder():
    return lambda q: q + 1


def constants():
    return (1, 2, 3), -1, 1000000, "text", (), frozenset


def calls(items):
    return sorted(items, key=len, reverse=True)


def positives(values):
    return [v for v in values if v > 0]


def shape(value):
    if isinstance(value, tuple):
        return tuple(shape(v) for v in value)
    if type(value).__name__ == "code":
        return "<code " + value.co_name + ">"
    return value


for fn in (area, documented, documented_falls_off, total, nothing, outer, make_adder, constants, calls, positives):
    c = fn.__code__
    print(c.co_name, shape(c.co_consts), c.co_names, c.co_varnames)
    print("   ", c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount, c.co_nlocals, c.co_firstlineno,
          c.co_filename.endswith("1287_code_attributes.py"), c.co_freevars, c.co_cellvars, c.co_qualname, c.co_flags)
inner = outer(1)
print(inner.__code__.co_freevars, inner.__code__.co_consts, inner.__code__.co_qualname)
lam = make_adder()
print(lam.__code__.co_consts, lam.__code__.co_varnames, lam.__code__.co_name)
print(documented.__doc__, nothing.__doc__)
