# Past STACK_USE_GUIDELINE (30) items CPython's compiler builds a display's container first and appends each
# item (starunpack_helper), a dict display in runs of 16 pairs (compiler_dict), and a call's arguments as a
# list turned tuple for CALL_FUNCTION_EX (compiler_call_helper). The list grows by appends, and the code
# object's stack stays small, which frames and generators are sized by.
import sys

a = 1
L31 = [a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a]
L30 = [a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a]
L35 = [a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a]
print(len(L31), sys.getsizeof(L31), len(L30), sys.getsizeof(L30), len(L35), sys.getsizeof(L35))
T = (a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a)
S = {a, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31}
print(len(T), sys.getsizeof(T), len(S), sys.getsizeof(S))
D = {'k1': a, 'k2': a, 'k3': a, 'k4': a, 'k5': a, 'k6': a, 'k7': a, 'k8': a, 'k9': a, 'k10': a, 'k11': a,
     'k12': a, 'k13': a, 'k14': a, 'k15': a, 'k16': a, 'k17': a, 'k18': a, 'k19': a, 'k20': a}
print(len(D), sys.getsizeof(D), list(D)[-3:])


def make_list():
    yield [a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a]


def make_small():
    yield [a, a, a]


def spread(*args, **kwargs):
    return len(args), sorted(kwargs)


class Box:
    def spread(self, *args, **kwargs):
        return len(args), len(kwargs)


print(make_list.__code__.co_stacksize, make_small.__code__.co_stacksize)
print(sys.getsizeof(make_list()), sys.getsizeof(make_small()))
print(spread(a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a))
print(spread(a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, k=1, j=2))
box = Box()
print(box.spread(a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a))
print(box.spread(k0=1, k1=1, k2=1, k3=1, k4=1, k5=1, k6=1, k7=1, k8=1, k9=1, k10=1, k11=1, k12=1, k13=1, k14=1, k15=1, k16=1))
code = compile('[x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x]', 's', 'eval')
print(code.co_stacksize, eval(code, {'x': 2})[-1])


def big_frame():
    items = [a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a]
    return sys.getsizeof(sys._getframe()), len(items)


print(big_frame())
try:
    {a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, []}
except TypeError as e:
    print(e)
