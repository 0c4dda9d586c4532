class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __str__(self):
        return f"<{self.x}, {self.y}>"
    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)
    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __iter__(self):
        yield self.x
        yield self.y
    def __bool__(self):
        return bool(self.x or self.y)

a = Vec(1, 2)
b = Vec(3, 1)
print(a, repr(a), [a, b])
print(a == Vec(1, 2), a != b, a < b, sorted([b, a]))
print(a + b, len(a), a[0], list(a), bool(Vec(0, 0)))
x, y = b
print(x, y, 3 in a)
