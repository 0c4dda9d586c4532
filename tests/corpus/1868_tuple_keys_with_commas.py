# Tuple and frozenset keys whose strs hold commas and parentheses are told apart from other tuples.
d = {('a,sb',): 1, ('a', 'b'): 2, ('a)', 'b'): 3, ('a', ')b'): 4}
print(d, len(d))
print(('a', 'b') in {('a,sb',)}, ('a,sb',) in {('a', 'b')})
print(len({frozenset({'a,sb'}), frozenset({'a', 'b'})}), frozenset({'a', 'b'}) in {frozenset({'a,sb'}): 0})
print(len({(b'x,yy',), (b'x', b'y')}), len({('x', 1), ('x,i1',)}), len({(('a',), 'b'), (('a', 'b'),)}))
print({('', ''): 1, (',',): 2, ('s0:',): 3, ((),): 4, ((), ()): 5})
print({(1, 'a'): 1, (1.0, 'a'): 2, (True, 'a'): 3})
