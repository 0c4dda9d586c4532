# ExceptionGroup and BaseExceptionGroup: construction checks, split, subgroup, derive; the width and depth limits.
eg = ExceptionGroup('many', [ValueError(1), TypeError(2)])
print(repr(eg), eg.message, eg.exceptions, str(eg), eg.args)
print(type(eg).__mro__)
print(type(BaseExceptionGroup('x', [ValueError(1)])).__name__, type(BaseExceptionGroup('x', [KeyboardInterrupt()])).__name__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print(str(ExceptionGroup('one', (ValueError(),))))

for args in [(), ('a',), (1, [ValueError()]), ('a', []), ('a', 5), ('a', [1]), ('a', [ValueError()], 3),
             ('a', 'bc'), ('a', {ValueError(): 1}), ('a', (ValueError(), None))]:
    try:
        print(ExceptionGroup(*args))
    except Exception as x:
        print(type(x).__name__, x)


class MyGroup(ExceptionGroup):
    def derive(self, excs):
        print('derive', len(excs))
        return MyGroup(self.message.upper(), excs)


for make in [lambda: ExceptionGroup('a', [KeyboardInterrupt()]), lambda: MyGroup('a', [SystemExit()]),
             lambda: ExceptionGroup('a', [ValueError()], x=1)]:
    try:
        make()
    except TypeError as x:
        print(x)
try:
    eg.message = 'q'
except AttributeError as x:
    print(x)

tree = ExceptionGroup('top', [ValueError(1), ExceptionGroup('inner', [TypeError(2), ValueError(3)]), KeyError(4)])
tree.add_note('a note')
try:
    raise tree
except ExceptionGroup as caught:
    tree = caught
try:
    raise RuntimeError('cause')
except RuntimeError as c:
    tree.__cause__ = c
match, rest = tree.split(ValueError)
print(repr(match), repr(rest))
print(match.__notes__, rest.__notes__, match.__notes__ is tree.__notes__)
print(match.__traceback__ is tree.__traceback__, match.__cause__ is tree.__cause__, match.__suppress_context__)
print(repr(tree.subgroup(lambda e: isinstance(e, TypeError))), tree.subgroup(OSError), tree.split(OSError)[1] is tree)
print(tree.split((KeyError, TypeError)))
print(tree.subgroup(ExceptionGroup) is tree, tree.split(BaseException)[0] is tree)
print(tree.subgroup(lambda e: e.args == (2,)))
for bad in [3, (ValueError, 3), [ValueError], int]:
    try:
        tree.split(bad)
    except TypeError as x:
        print(x)
d = tree.derive([ValueError(9)])
print(repr(d), hasattr(d, '__notes__'), d.__traceback__)
print(repr(tree.derive([KeyboardInterrupt()])))
mine = MyGroup('mine', [ValueError(1), TypeError(2), ValueError(3)])
print(repr(mine.subgroup(ValueError)))
print(mine.split(TypeError))

wide = ExceptionGroup('wide', [ValueError(i) for i in range(17)])
deep = ValueError('bottom')
for level in range(12):
    deep = ExceptionGroup(f'level {level}', [deep])
raise BaseExceptionGroup('outer', [wide, deep, KeyboardInterrupt('ctrl-c')])
