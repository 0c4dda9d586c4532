# __exit__ raising on a normal exit: the traceback shows the with statement, then __exit__.
class Strict:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        if t is None:
            raise RuntimeError('not allowed to finish cleanly')
        return True

with Strict():
    raise KeyError('swallowed')
print('first block ok')

def f():
    with Strict() as s:
        x = 1
    return x

f()
