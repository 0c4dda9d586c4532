# What a match holds: captured objects are referenced by their names; the subject's copies are released.
import sys

class Item:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)

box = [Item('inside')]
print(sys.getrefcount(box[0]))
match box:
    case [thing]:
        print('captured', thing.name, sys.getrefcount(thing))
print(sys.getrefcount(box))
del box
print('box deleted, thing still held')
del thing
print('---')

def check(subject):
    match subject:
        case {'item': found}:
            return found
        case [*everything]:
            return everything
    return None

kept = check({'item': Item('from dict')})
print(kept.name, sys.getrefcount(kept))
del kept
rest = check([Item('a'), Item('b')])
print(len(rest))
del rest
print('end')
