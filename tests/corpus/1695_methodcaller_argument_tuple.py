# operator.methodcaller has no vectorcall in CPython 3.11: calling one packs its argument into a tuple that
# holds the target while the method runs (itemgetter and attrgetter are called without one).
import functools
import gc
import operator
import sys


class Account:
    def __init__(self):
        self.balance = 10

    def deposit(self, amount=5):
        print("deposit: self", sys.getrefcount(self), "amount", sys.getrefcount(amount) if amount is big else "small")
        self.balance += amount
        return self.balance

    def __getitem__(self, key):
        print("getitem: self", sys.getrefcount(self))
        return key

    @property
    def owner(self):
        print("owner: self", sys.getrefcount(self))
        return "ann"


acct = Account()
big = 10 ** 20
print(operator.methodcaller("deposit")(acct))
print(operator.methodcaller("deposit", big)(acct))
print(operator.methodcaller("deposit", amount=big)(acct))
print(operator.itemgetter(1)(acct), operator.attrgetter("owner")(acct))
# partial and methodcaller call with a keyword dict (PyObject_Call): _PyStack_UnpackDict's array holds the values.
add = functools.partial(Account.deposit, amount=big)
print(add(acct), functools.partial(Account.deposit, acct)(amount=big))
gc.disable()
before = gc.get_count()[0]
call = operator.methodcaller("deposit", 1)
print([call(acct) for _ in range(3)], gc.get_count()[0] - before)
try:
    operator.methodcaller("missing")(acct)
except AttributeError as e:
    print("AttributeError:", e)
