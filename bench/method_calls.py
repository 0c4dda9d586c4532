# 300,000 method calls on one instance.
class Counter:
    def __init__(self):
        self.count = 0

    def add(self, n):
        self.count += n

c = Counter()
for i in range(300000):
    c.add(i)
print(c.count)
