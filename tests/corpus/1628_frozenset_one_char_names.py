# A set display of constants is a frozenset constant, rebuilt from its own iteration order when one of its strs
# was interned before as another object, which can change the order the set prints in. A one-character name
# (z below) is the Latin-1 singleton, the very object its constant is: no rebuild for it. Some one-character strs
# were interned at start-up as other objects ('a', 'c', 'e'): those do rebuild.
z = 1
print({'world', 'ü', 'z', 'Xy'})
print({'a', 'bb', 'c', 'dd', 'e', 'ff', 'g'})
def f(q):
    return {'world', 'ü', 'q', 'Xy'}
print(f(0))
