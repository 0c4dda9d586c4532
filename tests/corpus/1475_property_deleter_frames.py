# Deleting through a property's deleter and a descriptor's __delete__ (del, delattr, object.__delattr__),
# and setting through __set__: the Python code runs as frames, prints in order, and its errors propagate with
# the deleter's frame in the traceback.
import sys

class Temperature:
    def __init__(self):
        self._celsius = 20
    @property
    def celsius(self):
        return self._celsius
    @celsius.setter
    def celsius(self, value):
        print('setting', value)
        self._celsius = value
    @celsius.deleter
    def celsius(self):
        print('deleting', self._celsius)
        del self._celsius

class Locked:
    @property
    def key(self):
        return 'k'
    @key.deleter
    def key(self):
        raise PermissionError('the key cannot be removed')

class Logged:
    def __set_name__(self, owner, name):
        self.name = '_' + name
    def __get__(self, obj, owner=None):
        return self if obj is None else getattr(obj, self.name)
    def __set__(self, obj, value):
        print('set', self.name, value)
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print('delete', self.name)
        delattr(obj, self.name)

class Account:
    owner = Logged()
    def __init__(self, owner):
        self.owner = owner

t = Temperature()
t.celsius = 25
data = [1, 2]
print(sys.getrefcount(data))
del t.celsius
print(hasattr(t, '_celsius'))
t.celsius = 30
delattr(t, 'celsius')
t.celsius = 5
object.__delattr__(t, 'celsius')

a = Account('ann')
print(a.owner)
del a.owner
print(hasattr(a, '_owner'))
setattr(a, 'owner', 'bob')
delattr(a, 'owner')

class NoDeleter:
    @property
    def value(self):
        return 1
try:
    del NoDeleter().value
except AttributeError as e:
    print('AttributeError:', e)

def remove(obj):
    del obj.key

remove(Locked())
