# sys.getrefcount of constants merged across code objects: each co_consts tuple holding one counts once,
# code objects with equal constants share one co_consts tuple, and the parser's arena holds each literal once.
import sys

big = 7777
def same_a(): return 7777
def same_b(): return 7777
print('shared co_consts', sys.getrefcount(7777))

def pair(): return (7777, 8888)
print('item of a tuple constant', sys.getrefcount(8888), sys.getrefcount((7777, 8888)))

nested = ((1, 2), 3333)
print('nested items', sys.getrefcount(nested[0]), sys.getrefcount(nested[1]))

items = (4444, 5555)
print('tuple item first', sys.getrefcount(items[0]))
later = 4444
print('then a name', sys.getrefcount(items[0]), later is items[0])

def member(x): return x in {1, 2}
print('frozenset', sys.getrefcount(member.__code__.co_consts[-1]))

text = 'shared text'
def t1(): return 'shared text'
lam = lambda: 'shared text'
class K:
    attr = 'shared text'
print('str across scopes', sys.getrefcount(text))
