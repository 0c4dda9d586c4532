# Methods using several global names before `import gc`, then an instance and its calls: the count after each step.
scale, shift, name = 2, 1, "v"


class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def scaled(self):
        return Vector(self.x * scale, self.y * scale), name

    def moved(self):
        return self.x + shift, self.y + shift


import gc
print(gc.get_count())
v = Vector(1, 2)
print(gc.get_count(), v.moved(), v.scaled()[1])
