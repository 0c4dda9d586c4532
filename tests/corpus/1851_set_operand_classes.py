# A builtin set's operators take any set before the right operand's reflected method, unless its class derives from the
# left operand's (then its method goes first).
class S(set):
    def __ror__(s, o): return "S.ror"
    def __rand__(s, o): return "S.rand"
    def __rsub__(s, o): return "S.rsub"
class F(frozenset):
    def __ror__(s, o): return "F.ror"
print(frozenset({1}) | S(), {1} | S({2}), {1} & S({1}), frozenset({3}) - S({3}), {1} | F({2}), frozenset({1}) | F({2}))
print([1] + [2], {1: 2} | {3: 4})
