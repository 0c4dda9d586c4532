# An import of a submodule of a module that is not a package ends the program with CPython's traceback.
import os.path
print(os.path.join('a', 'b'))
import os.walk_the_dog
print('not reached')
