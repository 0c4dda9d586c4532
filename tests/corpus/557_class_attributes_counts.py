class Counter:
    created = 0
    def __init__(self):
        Counter.created += 1
        self.id = Counter.created
items = [Counter() for _ in range(3)]
print(Counter.created, [c.id for c in items])
class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def f(self):
        return self._c * 9 / 5 + 32
    @staticmethod
    def unit():
        return "C"
    @classmethod
    def freezing(cls):
        return cls(0)
t = Temp.freezing()
print(t.f, Temp.unit(), Temp(100).f)
