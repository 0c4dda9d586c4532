# A stderr object without flush(): the traceback still goes through write(); the flushes fail silently and
# the exit status is 120.
import sys

class Pieces:
    def write(self, s):
        sys.__stdout__.write(repr(s.replace(__file__, 'main.py')) + '\n')

sys.stderr = Pieces()
class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f'balance {self.balance} is less than {amount}')
        self.balance -= amount

Account(10).withdraw(25)
