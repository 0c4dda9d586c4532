# Equal constants of one file are one object across its code objects (CPython's compiler constant cache):
# functions, lambdas, comprehensions, class bodies, nested functions and docstrings share them, keyed by type.
s = 'hello world'
i = 1000
f = 2.5
nz = -0.0
b = b'bytes here'
c = 3j
t = (1, 2, 'abc')
nested = ((7, 8), ('x y', 9.5))

def get_s(): return 'hello world'
def get_i(): return 1000
def get_f(): return 2.5
def get_b(): return b'bytes here'
def get_c(): return 3j
def get_t(): return (1, 2, 'abc')
def get_inner(): return (7, 8)
def get_pos_zero(): return 0.0
def get_neg_zero(): return -0.0
print('str', get_s() is s, 'int', get_i() is i, 'float', get_f() is f)
print('bytes', get_b() is b, 'complex', get_c() is c, 'tuple', get_t() is t)
print('inner tuple', get_inner() is nested[0], nested[1][1] is (lambda: 9.5)())
print('0.0 vs -0.0', get_pos_zero() is nz, get_neg_zero() is nz)

one_int = 1
def one_float(): return 1.0
def one_true(): return True
print('1 vs 1.0 vs True', one_float() is one_int, one_true() is one_int, type(one_float()).__name__)
two_big = 2 ** 70
def big(): return 1180591620717411303424
print('folded big int', big() is two_big)

print('lambda', (lambda: 'hello world')() is s)
print('listcomp', [1000 for _ in range(1)][0] is i)
print('genexpr', next(2.5 for _ in range(1)) is f)

class Holder:
    text = 'hello world'
    number = 1000
    def method(self): return (1, 2, 'abc')
print('class body', Holder.text is s, Holder.number is i, Holder().method() is t)

def outer():
    def inner(): return 'hello world'
    return inner()
print('nested function', outer() is s)

def doc_a():
    "shared doc"
def doc_b():
    "shared doc"
print('docstrings', doc_a.__doc__ is doc_b.__doc__)

def has_a(x): return x in {1, 2, 3}
def has_b(x): return x in {3, 2, 1}
print('frozenset', has_a.__code__.co_consts[-1] is has_b.__code__.co_consts[-1])
