# A function's frame may be reused by the next call only when nothing holds it: frame objects from
# sys._getframe and tracebacks keep their frames, with the locals they had.
import sys


def here(n):
    marker = n * 10
    return sys._getframe()


frames = [here(i) for i in range(3)]
print([f.f_locals['marker'] for f in frames], [f.f_lineno for f in frames])


def double(x):
    return x * 2


print([double(i) for i in range(5)])
print([f.f_locals for f in frames])


def fails(i):
    try:
        1 / 0
    except ZeroDivisionError as e:
        return e


errors = [fails(i) for i in range(3)]
print([double(i) for i in range(3)])
print([e.__traceback__.tb_frame.f_locals['i'] for e in errors])
print([e.__traceback__.tb_lineno for e in errors])


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print([depth(k) for k in range(5)], depth(50))


class Node:
    def __init__(self, value):
        self.value = value


nodes = [Node(i) for i in range(4)]
print([n.value for n in nodes], sys.getrefcount(nodes[0]))


def gen(n):
    for i in range(n):
        yield double(i)


print(list(gen(4)), sum(double(i) for i in range(4)))
