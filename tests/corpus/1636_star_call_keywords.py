# A call with * or ** compiles as CPython 3.11's compiler_call_helper does: the positional arguments are a
# BUILD_TUPLE (folded when constant), each run of named keywords one dict (BUILD_CONST_KEY_MAP for two or
# more), merged in order with each **mapping by DICT_MERGE, which refuses a repeated name and names the
# callable as _PyObject_FunctionStr does. Calling a function with a non-empty keyword dict unpacks it into a
# tuple of names (_PyStack_UnpackDict), which counts in gc.get_count().
import gc

print(compile("f(a=1, b=2, **d)\nf(*x, c=3)\nf(*x, c=3, d=4, **e, g=5)\n", 'calls', 'exec').co_consts)


def f(*args, **kwargs):
    return len(args) + len(kwargs)


class Box:
    def put(self, **kwargs):
        return kwargs


extra = {'a': 1}
for call in [lambda: f(**extra, a=2), lambda: Box().put(**extra, **extra), lambda: f(**extra, **3),
             lambda: dict(**extra, a=2), lambda: f(a=0, **extra), lambda: Box(**extra, a=1)]:
    try:
        print(call())
    except TypeError as e:
        print(e)
gc.collect()
print(gc.get_count())
f(5, **extra)
print(gc.get_count())
f(*[1, 2], b=2, **extra)
print(gc.get_count())
for i in range(20):
    f(i, **extra)
print(gc.get_count())
