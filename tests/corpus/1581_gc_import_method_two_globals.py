# A method that returns two global names: compiling it parks one 1-tuple fewer, and `import gc` takes two 1-tuples.
class Point:
    def pair(self):
        return a, b


a, b = 3, 4
import gc
print(gc.get_count(), Point().pair())
