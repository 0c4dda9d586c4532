# sys.flags (as the oracle runs: PYTHONHASHSEED=0, PYTHONDONTWRITEBYTECODE=1), sys.builtin_module_names, sys.path[0].
import os
import sys
print(sys.flags)
print(sys.flags.optimize, sys.flags.dev_mode, sys.flags[4], len(sys.flags), type(sys.flags))
print(sys.flags.hash_randomization, hash("abc"))
print(sys.builtin_module_names)
print("sys" in sys.builtin_module_names, "gc" in sys.builtin_module_names, "random" in sys.builtin_module_names)
print(type(sys.path), sys.path[0] == os.path.dirname(os.path.abspath(__file__)))
print(all(isinstance(p, str) for p in sys.path))
def where():
    return sys._getframe(1).f_code.co_name
def caller():
    return where()
print(caller(), where())
