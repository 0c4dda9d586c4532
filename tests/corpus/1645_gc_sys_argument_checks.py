# gc's and sys's functions check their arguments as gcmodule.c and sysmodule.c declare them: METH_NOARGS and
# METH_O messages name the module (gc.enable(), sys.getrecursionlimit()), PyArg_ParseTuple's and
# Argument Clinic's use the bare name; no function quietly ignores an extra argument or keyword.
import gc
import sys

calls = [
    lambda: gc.isenabled(1), lambda: gc.enable(1), lambda: gc.disable(x=1), lambda: gc.get_count(1),
    lambda: gc.collect(1, 2), lambda: gc.collect(gen=1), lambda: gc.collect(generation=0, x=1),
    lambda: gc.is_tracked(), lambda: gc.is_tracked(1, 2), lambda: gc.is_finalized(),
    lambda: gc.freeze(1), lambda: gc.unfreeze(2), lambda: gc.get_freeze_count(1),
    lambda: gc.get_referrers(x=1), lambda: gc.get_referents(x=1),
    lambda: gc.get_threshold(1), lambda: gc.set_threshold(), lambda: gc.set_threshold(1, 2, 3, 4),
    lambda: gc.set_threshold(a=1), lambda: gc.set_threshold(700, 'a'),
    lambda: gc.get_objects(1, 2), lambda: gc.get_objects(gen=1), lambda: gc.get_stats(1),
    lambda: gc.set_debug(), lambda: gc.set_debug(flags=1), lambda: gc.get_debug(2),
    lambda: sys.getrecursionlimit(1), lambda: sys.getrecursionlimit(x=1), lambda: sys.setrecursionlimit(),
    lambda: sys.setrecursionlimit(n=5), lambda: sys.exc_info(1), lambda: sys.exc_info(a=1),
    lambda: sys.exception(a=1), lambda: sys.getrefcount(x=1), lambda: sys.intern(s='a'),
    lambda: sys.getallocatedblocks(1), lambda: sys.getdefaultencoding(1), lambda: sys.getfilesystemencoding(a=1),
    lambda: sys.get_int_max_str_digits(1), lambda: sys._getframe(1, 2), lambda: sys._getframe(depth=1),
    lambda: sys.exit(code=1), lambda: sys.exit(1, 2), lambda: sys.is_finalizing(1),
]
for call in calls:
    try:
        call()
        print('accepted')
    except TypeError as e:
        print(e)
print(gc.get_threshold(), gc.isenabled(), sys.getrecursionlimit())
