# Calls the eval loop binds straight from the stack: defaults, closures, bound methods, class instantiation.
import sys
import gc

def with_defaults(a, b=2, c=[3]):
    return a, b, c

print(with_defaults(1), with_defaults(1, 5), with_defaults(1, 5, 6))
print(sys.getrefcount(with_defaults.__defaults__[1]) > 0)

def make_adder(n):
    def add(x, y=10):
        return x + y + n
    return add

add = make_adder(100)
print(add(1), add(1, 2))

class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount=1):
        self.balance += amount
        return self.balance

a = Account("ann")
b = Account("bob", 50)
deposit = a.deposit
print(deposit(), deposit(5), b.deposit(), Account.deposit(b, 7))
print(sys.getrefcount(a), sys.getrefcount(deposit))

class Plain:
    pass

p = Plain()
print(type(p).__name__, sys.getrefcount(p), gc.is_tracked(p))
before = gc.get_count()
q = Plain()
print(gc.get_count()[0] - before[0])

for call in (lambda: Plain(1), lambda: Plain(x=1), lambda: with_defaults(), lambda: with_defaults(1, 2, 3, 4),
             lambda: Account(), lambda: add(), lambda: deposit(1, 2)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

class Shape:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        return super().__new__(cls)

class Square(Shape):
    pass

s = Square()
print(type(s).__name__)

def deep(n):
    return Plain() if n == 0 else deep(n - 1)

sys.setrecursionlimit(60)
try:
    deep(100)
except RecursionError as e:
    print("RecursionError:", e)

def deep_init(n):
    return Account("x", n) if n == 0 else deep_init(n - 1)

print(deep_init(40).balance)
try:
    deep_init(100)
except RecursionError as e:
    print("RecursionError:", e)

x = 1.5
y = 2.25
print(x + y, x - y, x * y, x / y, x // y, x % y, x ** 2, -0.0 * 1.0)
try:
    x / 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
