# Assigning an exception's __traceback__ replaces the traceback it prints.
try:
    raise ValueError('x')
except ValueError as e:
    t = e.__traceback__
def f():
    raise KeyError('k')
try:
    f()
except KeyError as e:
    e.__traceback__ = t
    print(e.__traceback__ is t)
    raise
