# __enter__ raising: __exit__ is not called, and the traceback goes through the with statement.
class Broken:
    def __enter__(self):
        print('enter')
        raise ValueError('cannot enter')
    def __exit__(self, *a):
        print('never')

class Fine:
    def __enter__(self):
        print('fine enter')
        return self
    def __exit__(self, t, v, tb):
        print('fine exit', t.__name__ if t else None)

try:
    with Broken():
        print('body')
except ValueError as e:
    print('caught', e)

# The second item fails to enter: the first one is exited with the exception.
try:
    with Fine(), Broken():
        print('body')
except ValueError as e:
    print('caught', e)

with Fine() as a, \
        Broken() as b:
    pass
