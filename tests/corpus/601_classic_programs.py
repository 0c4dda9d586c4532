for i in range(1, 16):
    if i % 15 == 0: print("FizzBuzz")
    elif i % 3 == 0: print("Fizz")
    elif i % 5 == 0: print("Buzz")
    else: print(i)
primes = [n for n in range(2, 50) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print(primes)
memo = {}
def fib(n):
    if n in memo: return memo[n]
    r = n if n < 2 else fib(n - 1) + fib(n - 2)
    memo[n] = r
    return r
print(fib(80), len(memo))
text = "the quick brown fox jumps over the lazy dog the end"
freq = {}
for w in text.split():
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
class Account:
    interest = 0.02
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        self.balance += amount
        return self
    def __str__(self):
        return f"{self.owner}: {self.balance:.2f}"
    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"
acc = Account("ani").deposit(100).deposit(50.5)
print(acc, repr(acc), Account.interest)
try:
    acc.deposit(-1)
except ValueError as e:
    print("error:", e)
def bubble(xs):
    xs = list(xs)
    for i in range(len(xs)):
        for j in range(len(xs) - 1 - i):
            if xs[j] > xs[j + 1]:
                xs[j], xs[j + 1] = xs[j + 1], xs[j]
    return xs
print(bubble([5, 2, 9, 1, 5, 6]))
m = [[1, 2], [3, 4]]
t = [[row[i] for row in m] for i in range(2)]
print(t, [[sum(a * b for a, b in zip(r, c)) for c in t] for r in m])
stack = []
for ch in "({[]})":
    if ch in "({[": stack.append(ch)
    else:
        top = stack.pop()
        print(top, ch, end="; ")
print()
print("%.3f %5.1f %e %g %g" % (3.14159, 2.25, 12345.678, 0.0001234, 1234567.0))
print(f"{12.0:g} {1e-7:g} {123456789:e} {0.5:%} {-3.7:+.1f} {255:08b} {3:>{4}}")
print(round(1.005, 2), round(2.5), round(-0.5), 10 // 3, -10 // 3, 10 % -3, 2 ** -2)
print(str(1e22), str(1.5e-10), 1e100, float("1e309"), -float("inf"))
print(list(range(10))[::-3], "abcdef"[-2::-2], (1, 2, 3)[::-1])
s = "Hello, World"
print(s.count("l"), s.index("W"), s.swapcase(), s.center(20, "-"), "|" + s.ljust(15) + "|")
print(" a b ".split(" "), "a,b,,c".split(",", 2), "x".join(["1", "2"]), "tEST sTRING".title())
print(sorted([(2, "b"), (1, "z"), (2, "a")]), max("apple", "banana", key=len), min([3, 1, 2], default=0))
d = dict.fromkeys("abc", 0) if hasattr(dict, "fromkeys") else {"a": 0, "b": 0, "c": 0}
print(d)
