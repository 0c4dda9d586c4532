# Class attributes changed while a program runs: every later lookup sees the change (base classes, deletion,
# methods replaced in a loop, a class attribute shadowed by a subclass, setattr/delattr on the class).
class Base:
    def greet(self):
        return 'base'
    kind = 'b'

class Child(Base):
    pass

c = Child()
print(c.greet(), c.kind)
Base.greet = lambda self: 'patched'
print(c.greet())
Child.greet = lambda self: 'child'
print(c.greet())
del Child.greet
print(c.greet())
del Base.greet
try:
    c.greet()
except AttributeError as e:
    print('AttributeError:', e)
for i in range(5):
    setattr(Base, 'kind', 'k%d' % i)
    print(c.kind, Child.kind, end=' ')
print()
Child.kind = 'own'
print(c.kind, Base.kind)
delattr(Child, 'kind')
print(c.kind)

class Prop:
    @property
    def value(self):
        return 1

p = Prop()
print(p.value)
Prop.value = property(lambda self: 2)
print(p.value)
Prop.value = 3
p.__dict__['value'] = 4
print(p.value)
del Prop.value
print(p.value)

counter = 0
class Counted:
    def __getattr__(self, name):
        return 'missing ' + name

x = Counted()
print(x.anything)
Counted.anything = 'found'
print(x.anything)
def new_getattr(self, name):
    return 'new ' + name
Counted.__getattr__ = new_getattr
print(x.other)
del Counted.__getattr__
try:
    x.other
except AttributeError as e:
    print('AttributeError:', e)
