# A library module without a docstring of ours has __doc__ None, never the module type's docstring.
import random, statistics, textwrap, math
for m in (random, statistics, textwrap):
    print(m.__name__, m.__doc__ is None or not m.__doc__.startswith('Create a module object'))
print(math.__doc__[:30])
import types
print(types.ModuleType('m').__doc__, types.ModuleType('m', 'doc').__doc__)
