# sys.modules is a real dict: imports look there first, and a program may change it.
import sys
print(type(sys.modules).__name__, '__main__' in sys.modules, 'sys' in sys.modules)
print(sys.modules['__main__'].__name__, sys.modules['sys'] is sys)
import heapq
print('heapq' in sys.modules, sys.modules['heapq'] is heapq, sys.getrefcount(heapq))
old = heapq
del sys.modules['heapq']
import heapq
print(heapq is old, 'heapq' in sys.modules, sys.getrefcount(old))
del old


class Fake:
    answer = 42


sys.modules['fake_module_zz'] = Fake()
import fake_module_zz
print(fake_module_zz.answer, type(fake_module_zz).__name__)
from fake_module_zz import answer
print(answer)
sys.modules['blocked_zz'] = None
try:
    import blocked_zz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
import os
print(sys.modules['os.path'] is os.path, sys.modules['posixpath'] is os.path)
print(os.path)
print(os)
print(sys)
print(sys.modules.get('nosuchmodule_zz'), isinstance(sys.modules, dict))
