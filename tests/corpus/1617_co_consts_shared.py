# co_consts is a tuple kept with the code object; code objects with equal constants share one tuple, which
# is also a tuple constant equal to it (makecode merges the tuple through the compiler's constant cache).
pair = (None, 'shared')
def a(): return 'shared'
def b(): return 'shared'
def c(): return 'other'
print(a.__code__.co_consts is a.__code__.co_consts)
print(a.__code__.co_consts is b.__code__.co_consts, a.__code__.co_consts is c.__code__.co_consts)
print(a.__code__.co_consts is pair, a.__code__.co_consts)
outer_lambda = lambda: 'shared'
print(outer_lambda.__code__.co_consts is b.__code__.co_consts)
def with_code(): return lambda: 0
print(with_code.__code__.co_consts[1].co_consts, with_code.__code__.co_consts is with_code.__code__.co_consts)
