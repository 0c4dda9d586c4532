# A learner-style program mixing what the single-feature programs test alone: classes with methods, dicts of
# lists, string building, comprehensions, recursion, sorting with a key, floats. The eval loop sees every kind
# of object at once, as in a real program (its JIT-compiled code is then polymorphic).
class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            return False
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return True


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


names = ["ann", "bob", "cy", "dee", "eve"]
total = 0
report = []
for round_ in range(400):
    accounts = {name: Account(name, len(name) * 10) for name in names}
    for i in range(20):
        acct = accounts[names[i % 5]]
        acct.deposit(i * 3)
        if not acct.withdraw(i * 2 + 1.5):
            total += 1
    ranked = sorted(accounts.values(), key=lambda a: a.balance)
    line = ""
    for a in ranked:
        line += a.owner[0].upper()
    report.append(line)
    by_kind = {}
    for a in ranked:
        for kind, amount in a.history:
            by_kind.setdefault(kind, []).append(amount)
    total += sum(len(v) for v in by_kind.values()) + depth(20)
    evens = [x for x in range(50) if x % 2 == 0]
    total += len(evens)
print(total, report[-1], len(set(report)), round(ranked[-1].balance, 2))
