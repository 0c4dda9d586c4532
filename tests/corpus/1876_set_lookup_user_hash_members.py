# A set looked up in a set of frozensets whose members have a user __hash__ (Fraction, Decimal, classes) is found.
from fractions import Fraction
from decimal import Decimal
class P:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, P) and self.v == o.v
    def __hash__(self): return hash(self.v)
s = {frozenset({Fraction(1, 2)}), frozenset({P(1), P(2)}), frozenset({Decimal('1.5'), 3})}
print({Fraction(1, 2)} in s, {P(2), P(1)} in s, {P(1)} in s, {Decimal('1.5'), 3} in s, {3.0, Decimal('1.5')} in s)
s.discard({P(1), P(2)})
s.remove({Fraction(1, 2)})
print(len(s))
try:
    s.remove({P(9)})
except KeyError as e:
    print('KeyError', type(e.args[0]).__name__)
