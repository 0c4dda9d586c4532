class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed:.2f}, have {available:.2f}")
        self.needed = needed

class FrozenAccount(Exception):
    pass

class Account:
    count = 0
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        Account.count += 1
    @property
    def balance(self):
        return self._balance
    @balance.setter
    def balance(self, v):
        if v < 0:
            raise ValueError("negative balance")
        self._balance = v
    @classmethod
    def from_string(cls, s):
        name, amt = s.split(":")
        return cls(name.strip(), float(amt))
    def withdraw(self, amt):
        if amt > self._balance:
            raise InsufficientFunds(amt, self._balance)
        self._balance -= amt
    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self._balance!r})"
    def __str__(self):
        return f"{self.owner}: ${self._balance:,.2f}"
    def __eq__(self, other):
        return isinstance(other, Account) and self._balance == other._balance
    def __lt__(self, other):
        return self._balance < other._balance

class Savings(Account):
    def __init__(self, owner, balance=0.0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate
    def add_interest(self):
        self._balance += self._balance * self.rate

a = Account.from_string("alice: 1234567.891")
b = Savings("bob", 100.1, 0.035)
b.add_interest()
print(a, b, repr(a), repr(b), sep="\n")
print(sorted([a, b]), a == b, a != b, Account.count)
try:
    b.withdraw(500)
except InsufficientFunds as e:
    print("caught", e, e.args, e.needed)
try:
    b.balance = -1
except ValueError as e:
    print(type(e).__name__, e)
print(hash(a) if False else a.__hash__)
def freeze(acc):
    try:
        acc.withdraw(10**9)
    except InsufficientFunds as e:
        raise FrozenAccount(f"{acc.owner} frozen") from e
freeze(a)
