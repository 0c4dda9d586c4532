# set_debug/get_debug/is_finalized argument checking.
import gc

for call in [lambda: gc.set_debug(), lambda: gc.get_debug(1), lambda: gc.is_finalized(),
             lambda: gc.set_debug('x'), lambda: gc.set_debug(flags=1), lambda: gc.set_debug(1.5)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
gc.set_debug(7)
print(gc.get_debug())
gc.set_debug(0)
print(gc.get_debug())
