# The eval loop remembers where a site found an attribute: every way the instance dict changes must be seen.
import sys


class A:
    def m(self):
        return 'method'


a = A()
for i in range(4):
    if i == 1:
        a.m = lambda: 'shadowing attribute'
    if i == 2:
        del a.m
    if i == 3:
        a.__dict__['m'] = lambda: 'set through __dict__'
    print(i, a.m())


class P:
    pass


p, q = P(), P()
p.x = [1]
q.x = ['q']
for i in range(6):
    o = p if i % 2 == 0 else q
    print(i, o.x, sys.getrefcount(o.x))
    o.x = [o.x]
    if i == 1:
        del p.x
        p.x = ['new']
    if i == 2:
        p.__dict__.clear()
        p.x = [5]
    if i == 3:
        p.__dict__ = {'x': ['replaced dict']}
    if i == 4:
        vars(q).update(x=['updated'], y=[2])
print(p.x, q.x, q.y)


class Counter:
    def __init__(self):
        self.count = 0

    def add(self, n):
        self.count += n
        return self.count


c = Counter()
totals = [c.add(i) for i in range(5)]
c.__dict__.pop('count')
c.count = 100
print(totals, c.add(1), c.count)
