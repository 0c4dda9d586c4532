# An attribute's name in an instance's __dict__ is the interned str the code spells: one object for every
# instance, the same object as a literal of that name, and not a fresh str per object (nor the one-character
# singleton chr() gives).
class Point:
    def __init__(self, x, label):
        self.x = x
        self.label = label

a = Point(1, 'a')
b = Point(2, 'b')
ka = list(a.__dict__)
kb = list(b.__dict__)
print(ka[0] is kb[0], ka[1] is kb[1])
print(ka[0] is 'x', ka[0] is chr(120), ka[1] is 'label')

class Box:
    pass

box = Box()
setattr(box, 'width', 3)
box.height = 4
keys = list(box.__dict__)
print(keys[0] is 'width', keys[1] is 'height')
name = ''.join(['dep', 'th'])
setattr(box, name, 5)
print(list(box.__dict__)[2] is name, list(box.__dict__)[2] == 'depth')

def f(**kwargs):
    return list(kwargs)

k = f(alpha=1, beta=2)
print(k[0] is 'alpha', k[1] is 'beta')

g = {}
g['x'] = 1
print(list(g)[0] is ka[0])
del a, b
print(ka[0] is 'x', len(ka), sorted(vars(box).items()))

# A one-character name is the parser's own str (or the one start-up interned), not chr()'s singleton, even
# when no constant spells it; a name the program spells outlives the dicts that held it, as its code holds it.
class Q:
    pass

q = Q()
q.w = 1
setattr(q, chr(114), 2)
print(list(q.__dict__)[0] is chr(119), list(q.__dict__)[1] is chr(114))
import sys
before = sys.getallocatedblocks()
r = Q()
r.fresh_name = 1
del r
print(sys.getallocatedblocks() - before)
