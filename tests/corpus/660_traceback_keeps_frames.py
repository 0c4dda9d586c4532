# An exception's traceback keeps the frames it passed through, and with them their local variables.
import sys, gc

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)

def inner():
    local = Noisy('inner local')
    raise ValueError('boom')

def outer():
    mine = Noisy('outer local')
    inner()

try:
    outer()
except ValueError as e:
    print('caught', e)
    tb_frames = 0
    tb = e.__traceback__
    print(type(tb).__name__ if tb is not None else None)
print('after the handler')

def keep():
    data = [1, 2, 3]
    try:
        raise KeyError('k')
    except KeyError as err:
        return err

saved = keep()
print('saved', repr(saved))
del saved
print('saved is gone')

def cycle():
    try:
        raise RuntimeError('cycle')
    except RuntimeError as e:
        holder = e
    return None

cycle()
print('collected', gc.collect() >= 0)
