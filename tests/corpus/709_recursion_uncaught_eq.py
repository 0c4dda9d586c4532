# Mutual recursion through == and a property: the RecursionError's message names the C-level guard hit.
class Twin:
    def __init__(self):
        self.other = None
    @property
    def partner(self):
        return self.other
    def __eq__(self, other):
        return self.partner == other.partner

a, b = Twin(), Twin()
a.other, b.other = b, a
try:
    a == b
except RecursionError as e:
    print("caught:", e)
print(a == b)
