# "Did you mean" trailers of AttributeError and NameError, each case chained to the previous one.
import math
import sys

counter_total = 10


class Point:
    def __init__(self):
        self.x_coordinate = 1
        self.Value = 2
        self.abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstu = 3
        self.größe = 4

    def method(self):
        return 0


class Custom:
    def __dir__(self):
        return ['alpha', 'beta', 'gamma']


class MyAttributeError(AttributeError):
    pass


def local_typo():
    number_of_items = 3
    return number_of_itmes


def closure_typo():
    captured_value = 1
    def inner():
        return captured_valeu + captured_value
    return inner()


def parameter_typo(first_argument, second):
    return first_argumnet


cases = [
    lambda: Point().x_coordinat,
    lambda: Point().value,
    lambda: Point().VALUE,
    lambda: Point().methd,
    lambda: Point().abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstX,
    lambda: Point().grösse,
    lambda: Point().zzz,
    lambda: [].apend,
    lambda: {}.iterms,
    lambda: 'abc'.uper,
    lambda: math.sqr,
    lambda: sys.getrefcont,
    lambda: Point.methd,
    lambda: Custom().alpah,
    lambda: local_typo(),
    lambda: closure_typo(),
    lambda: parameter_typo(1, 2),
    lambda: counter_totl,
    lambda: pritn,
    lambda: lenn,
    lambda: os,
    lambda: q,
    lambda: (1).real_,
    lambda: None.foo,
]


def run(i):
    try:
        cases[i]()
    finally:
        if i + 1 < len(cases):
            run(i + 1)


try:
    raise MyAttributeError('custom', name='apend', obj=[])
except AttributeError as e:
    print(e.name, e.obj, str(e))
try:
    [].apend
except AttributeError as e:
    print('str:', str(e), e.args)


def raise_manual_attribute():
    raise AttributeError(name='apend', obj=[])


def raise_manual_name():
    raise NameError('manual', name='lenn')


cases += [raise_manual_attribute, raise_manual_name]
run(0)
